import { and, eq, isNotNull } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { juryCorrections, juryMeetings, juryScores } from '../../db/schema/index.ts';
import { JURY_MEETING_STATUS_LABELS } from '../../domain/evaluation/jury-categories.ts';
import { JURY_TRIM_RULE } from '../../domain/evaluation/jury-score.ts';
import { formatLocalDateTime } from '../../domain/local-time.ts';
import type { ScreenView } from './jury.schema.ts';
import { contextOf, postsOf } from './jury-context.ts';
import { meetingPanels } from './jury-panels.ts';

/**
 * What the projector shows: who is reporting, how many jurors have scored them (never who or what),
 * how many recused, and each result once complete. Read by meeting id: the caller checked access.
 */
export async function screenState(db: Queryable, meetingId: string): Promise<ScreenView | null> {
  const [meeting] = await db.select().from(juryMeetings).where(eq(juryMeetings.id, meetingId));
  if (!meeting) return null;
  const ctx = await contextOf(db, meeting);
  const panels = await meetingPanels(db, meetingId, ctx.rules);
  const current = panels.find((p) => p.reporter.reporter.id === meeting.currentReporterId);
  const corrected = await correctedReporters(db, meetingId);
  return {
    meetingId,
    title: ctx.title,
    heldAtText: formatLocalDateTime(meeting.heldAt, ctx.timeZone),
    place: meeting.place,
    status: meeting.status,
    statusLabel: JURY_MEETING_STATUS_LABELS[meeting.status],
    jurorCount: panels[0]?.seats.length ?? 0,
    current: current
      ? {
          position: current.reporter.reporter.position,
          name: current.reporter.name,
          villageName: current.reporter.villageName,
          posts: postsOf(current.reporter),
          scored: current.result.scores.length,
          expected: current.seats.length - current.result.recused,
          recused: current.result.recused,
        }
      : null,
    reporters: panels.map((p) => ({
      position: p.reporter.reporter.position,
      name: p.reporter.name,
      villageName: p.reporter.villageName,
      status: p.reporter.reporter.status,
      score: p.result.complete ? p.result.score : null,
      recused: p.result.recused,
      counted: p.result.complete ? p.result.scores.length : 0,
      trimmed: p.result.complete && p.result.trimmed,
      corrected: corrected.has(p.reporter.reporter.id),
    })),
    rule: `评分满 ${ctx.rules.trimMinScores} 个时${JURY_TRIM_RULE}，保留两位小数；与述职人所在村有关联的评委回避`,
  };
}

/** The reporters with a confirmed correction of one of their scores: the screen marks their result. */
async function correctedReporters(db: Queryable, meetingId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ reporterId: juryScores.reporterId })
    .from(juryCorrections)
    .innerJoin(juryScores, eq(juryScores.id, juryCorrections.scoreId))
    .where(and(eq(juryCorrections.meetingId, meetingId), isNotNull(juryCorrections.confirmedAt)));
  return new Set(rows.map((r) => r.reporterId));
}
