import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { type JuryRules, jurors, jurorTies, juryScores } from '../../db/schema/index.ts';
import { type ReporterResult, reporterResult } from '../../domain/evaluation/jury-score.ts';
import { type ReporterRow, reporterRows } from './jury-context.ts';

export type JurorRow = typeof jurors.$inferSelect;
export type ScoreRow = typeof juryScores.$inferSelect;

/** 评委N: the anonymized name drawn at the start (before it, none). */
export const aliasOf = (j: { alias: number | null }) => (j.alias === null ? null : `评委${j.alias}`);

export type Seat = { juror: JurorRow; score: ScoreRow | null; recused: boolean };
export type Panel = { reporter: ReporterRow; seats: Seat[]; result: ReporterResult };

/**
 * Every reporter's panel: each juror's seat (score, none yet, or 回避 when tied to the reporter's
 * village) and the result the domain rule gives (complete, trimmed mean, counts). Jurors in 评委
 * order, so the dropped score among ties is a stable choice.
 */
export async function meetingPanels(db: Queryable, meetingId: string, rules: JuryRules): Promise<Panel[]> {
  const [reporters, jurorList, ties, scores] = [
    await reporterRows(db, meetingId),
    await db
      .select()
      .from(jurors)
      .where(eq(jurors.meetingId, meetingId))
      .orderBy(asc(jurors.alias), asc(jurors.createdAt)),
    await db.select().from(jurorTies).where(eq(jurorTies.meetingId, meetingId)),
    await db.select().from(juryScores).where(eq(juryScores.meetingId, meetingId)),
  ];
  const tied = tiesByJuror(ties);
  const scoresOf = scoresByReporter(scores);
  return reporters.map((reporter) => ({
    reporter,
    ...panelOf(jurorList, reporter.reporter, tied, scoresOf.get(reporter.reporter.id), rules),
  }));
}

/** Each juror's tied villages. */
export function tiesByJuror(ties: readonly { jurorId: string; villageId: string }[]) {
  const out = new Map<string, Set<string>>();
  for (const t of ties) {
    const set = out.get(t.jurorId);
    if (set) set.add(t.villageId);
    else out.set(t.jurorId, new Set([t.villageId]));
  }
  return out;
}

/** Each reporter's scores by juror. */
export function scoresByReporter<S extends { reporterId: string; jurorId: string }>(scores: readonly S[]) {
  const out = new Map<string, Map<string, S>>();
  for (const s of scores) {
    const mine = out.get(s.reporterId);
    if (mine) mine.set(s.jurorId, s);
    else out.set(s.reporterId, new Map([[s.jurorId, s]]));
  }
  return out;
}

/**
 * One reporter's seats and result from the meeting's jurors (in 评委 order), each juror's tied
 * villages and the reporter's scores by juror: the one rule both the views and the results read use.
 */
export function panelOf<J extends Pick<JurorRow, 'id' | 'alias'>, S extends { total: number }>(
  jurorList: readonly J[],
  reporter: { villageId: string; status: string },
  tied: ReadonlyMap<string, ReadonlySet<string>>,
  scores: ReadonlyMap<string, S> | undefined,
  rules: Pick<JuryRules, 'trimMinScores' | 'missingPolicy'>,
) {
  const seats = jurorList.map((juror) => ({
    juror,
    score: scores?.get(juror.id) ?? null,
    recused: tied.get(juror.id)?.has(reporter.villageId) ?? false,
  }));
  const result = reporterResult(
    seats.map((s) => ({ juror: aliasOf(s.juror) ?? '', value: s.score?.total ?? null, recused: s.recused })),
    rules,
    reporter.status === 'done',
  );
  return { seats, result };
}

/** The result as views show it (the score only once complete). */
export const resultSummary = (r: ReporterResult) => ({
  score: r.score,
  complete: r.complete,
  counted: r.scores.length,
  recused: r.recused,
  missing: r.missing,
  trimmed: r.trimmed,
  rule: r.rule,
});
