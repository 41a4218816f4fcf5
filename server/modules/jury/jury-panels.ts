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
  const tied = new Set(ties.map((t) => `${t.jurorId}:${t.villageId}`));
  const scoreOf = new Map(scores.map((s) => [`${s.reporterId}:${s.jurorId}`, s]));
  return reporters.map((reporter) => ({
    reporter,
    ...panelOf(jurorList, reporter.reporter, tied, scoreOf, rules),
  }));
}

/**
 * One reporter's seats and result from the meeting's jurors (in 评委 order), the `jurorId:villageId`
 * ties and the scores keyed `reporterId:jurorId`: the one rule both the views and the results read use.
 */
export function panelOf<J extends Pick<JurorRow, 'id' | 'alias'>, S extends { total: number }>(
  jurorList: readonly J[],
  reporter: { id: string; villageId: string; status: string },
  tied: ReadonlySet<string>,
  scoreOf: ReadonlyMap<string, S>,
  rules: Pick<JuryRules, 'trimMinScores' | 'missingPolicy'>,
) {
  const seats = jurorList.map((juror) => ({
    juror,
    score: scoreOf.get(`${reporter.id}:${juror.id}`) ?? null,
    recused: tied.has(`${juror.id}:${reporter.villageId}`),
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
