import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { juryMeetings } from '../../db/schema/index.ts';
import type { JuryResult } from '../../domain/evaluation/types.ts';
import { contextOf } from './jury-context.ts';
import { meetingPanels } from './jury-panels.ts';

/**
 * Each reporter's 乡集中述职 result of the campaign, keyed by participant id (ROUND4 contract): the
 * trimmed mean (null until complete), every counted score under its anonymized juror (评委N) with the
 * dropped ones marked, the recused and missing counts, and the rule in Chinese. A pure read; a
 * participant who did not report (no meeting, unqualified, not ordered) is absent.
 */
export async function readJuryResults(q: Queryable, campaignId: string): Promise<Map<string, JuryResult>> {
  const [meeting] = await q.select().from(juryMeetings).where(eq(juryMeetings.campaignId, campaignId));
  const out = new Map<string, JuryResult>();
  if (!meeting) return out;
  const ctx = await contextOf(q, meeting);
  for (const p of await meetingPanels(q, meeting.id, ctx.rules)) {
    out.set(p.reporter.reporter.participantId, {
      score: p.result.score,
      complete: p.result.complete,
      scores: p.result.scores,
      recused: p.result.recused,
      missing: p.result.missing,
      rule: p.result.rule,
    });
  }
  return out;
}
