import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { publish } from '../../db/notify.ts';
import { jurors, jurorTies, juryReporters, juryScores } from '../../db/schema/index.ts';
import { reporterResult } from '../../domain/evaluation/jury-score.ts';
import type { MeetingContext } from './jury-context.ts';
import { meetingPanels } from './jury-panels.ts';

type ReporterRow = typeof juryReporters.$inferSelect;

/** The live screens' channel: payloads carry a meeting id only; screens read the state themselves. */
export const JURY_LIVE_CHANNEL = 'jury_live';

/**
 * After a change that may complete results (a score, a closed reporter, an agreed paper entry, a
 * confirmed correction): stamps each newly complete result and tells the live screens, on commit.
 */
export async function settleAndAnnounce(tx: Tx, ctx: MeetingContext): Promise<void> {
  const panels = await meetingPanels(tx, ctx.meeting.id, ctx.rules);
  for (const p of panels) {
    if (p.result.complete && !p.reporter.reporter.completedAt) {
      await tx
        .update(juryReporters)
        .set({ completedAt: new Date() })
        .where(and(eq(juryReporters.id, p.reporter.reporter.id), isNull(juryReporters.completedAt)));
    }
  }
  await announce(tx, ctx.meeting.id);
}

/**
 * The same for one reporter after one score (the hot path: 30 phones at once): reads only that
 * reporter's panel (jurors, ties to their village, their scores), stamps the result when it is now
 * complete, and tells the screens.
 */
export async function settleReporterAndAnnounce(
  tx: Tx,
  ctx: MeetingContext,
  reporter: ReporterRow,
): Promise<void> {
  if (!reporter.completedAt) {
    const [panel, ties, scores] = [
      await tx.select({ id: jurors.id }).from(jurors).where(eq(jurors.meetingId, ctx.meeting.id)),
      await tx
        .select({ jurorId: jurorTies.jurorId })
        .from(jurorTies)
        .where(and(eq(jurorTies.meetingId, ctx.meeting.id), eq(jurorTies.villageId, reporter.villageId))),
      await tx
        .select({ jurorId: juryScores.jurorId, total: juryScores.total })
        .from(juryScores)
        .where(eq(juryScores.reporterId, reporter.id)),
    ];
    const tied = new Set(ties.map((t) => t.jurorId));
    const value = new Map(scores.map((x) => [x.jurorId, x.total]));
    const result = reporterResult(
      panel.map((j) => ({ juror: j.id, value: value.get(j.id) ?? null, recused: tied.has(j.id) })),
      ctx.rules,
      reporter.status === 'done',
    );
    if (result.complete) {
      await tx
        .update(juryReporters)
        .set({ completedAt: new Date() })
        .where(eq(juryReporters.id, reporter.id));
    }
  }
  await announce(tx, ctx.meeting.id);
}

/** Tells every live screen of the meeting, in every server process, to read its state again (on commit). */
export const announce = (tx: Tx, meetingId: string) => publish(tx, JURY_LIVE_CHANNEL, { meetingId });
