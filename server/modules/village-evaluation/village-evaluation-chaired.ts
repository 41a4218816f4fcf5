import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { campaigns, evaluationChairs, meetings, polls, villages } from '../../db/schema/index.ts';

/**
 * The 民主测评 polls the caller chairs as a village's 村务监督委员会主任 (campaigns not archived), newest
 * first: what their phone's home shows, with whether their host certification is still to give.
 */
export async function chairedEvaluations(db: Queryable, actor: Actor) {
  const chairs = await db
    .select({ campaignId: evaluationChairs.campaignId, villageId: evaluationChairs.villageId })
    .from(evaluationChairs)
    .innerJoin(campaigns, eq(campaigns.id, evaluationChairs.campaignId))
    .where(and(eq(evaluationChairs.userId, actor.userId), ne(campaigns.phase, 'archived')));
  if (chairs.length === 0) return [];
  const rows = await db
    .select({
      pollId: polls.id,
      title: polls.title,
      status: polls.status,
      hostCertifiedBy: polls.hostCertifiedBy,
      villageId: polls.villageId,
      villageName: villages.name,
      campaignId: meetings.campaignId,
      createdAt: polls.createdAt,
    })
    .from(polls)
    .innerJoin(meetings, eq(meetings.id, polls.meetingId))
    .innerJoin(villages, eq(villages.id, polls.villageId))
    .where(
      and(
        eq(polls.purpose, 'democratic_evaluation'),
        inArray(
          polls.villageId,
          chairs.map((c) => c.villageId),
        ),
      ),
    );
  return rows
    .filter((r) => chairs.some((c) => c.campaignId === r.campaignId && c.villageId === r.villageId))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .map((r) => ({
      pollId: r.pollId,
      title: r.title,
      villageName: r.villageName,
      status: r.status,
      /** Closed and not yet certified by the chair: the chair's turn. */
      awaitingChair: r.status === 'closed' && r.hostCertifiedBy === null,
    }));
}
