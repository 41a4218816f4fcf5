import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { publish } from '../../db/notify.ts';
import { juryReporters } from '../../db/schema/index.ts';
import type { MeetingContext } from './jury-context.ts';
import { meetingPanels } from './jury-panels.ts';

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

/** Tells every live screen of the meeting, in every server process, to read its state again (on commit). */
export const announce = (tx: Tx, meetingId: string) => publish(tx, JURY_LIVE_CHANNEL, { meetingId });
