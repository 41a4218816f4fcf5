import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { meetings, participants, pledges, type polls } from '../../db/schema/index.ts';
import type { PollFacts } from '../../domain/policies/poll.ts';
import { isArchived } from '../meetings/meetings.service.ts';
import { pollShape } from './poll-shape.ts';

type PollRow = typeof polls.$inferSelect;
type MeetingRow = typeof meetings.$inferSelect;

/** The persons a poll's questions are about: the cadre behind each pledge, each evaluated participant. */
export async function subjectPersonIds(db: Queryable, pollId: string): Promise<string[]> {
  const shape = await pollShape(db, pollId);
  const ids = (type: string) =>
    shape.filter((q) => q.subjectType === type && q.subjectId).map((q) => q.subjectId!);
  const [pledgeIds, participantIds] = [ids('pledge'), ids('participant')];
  const persons = new Set<string>();
  if (pledgeIds.length) {
    const rows = await db
      .select({ personId: participants.personId })
      .from(pledges)
      .innerJoin(participants, eq(participants.id, pledges.participantId))
      .where(inArray(pledges.id, pledgeIds));
    for (const r of rows) persons.add(r.personId);
  }
  if (participantIds.length) {
    const rows = await db
      .select({ personId: participants.personId })
      .from(participants)
      .where(inArray(participants.id, participantIds));
    for (const r of rows) persons.add(r.personId);
  }
  return [...persons];
}

/** What the poll policy decides on, for this caller. */
export async function pollFacts(
  db: Queryable,
  actor: Actor,
  poll: PollRow,
  meeting?: Pick<MeetingRow, 'hostUserId' | 'campaignId'>,
): Promise<PollFacts> {
  const m =
    meeting ??
    (
      await db
        .select({ hostUserId: meetings.hostUserId, campaignId: meetings.campaignId })
        .from(meetings)
        .where(eq(meetings.id, poll.meetingId))
    )[0]!;
  // Only the host's own person can be in conflict: the subjects are looked up for the host alone.
  const mayConflict = actor.personId !== null && actor.userId === m.hostUserId;
  return {
    actor: { userId: actor.userId, role: actor.role, personId: actor.personId },
    status: poll.status,
    archived: await isArchived(db, m.campaignId),
    hostUserId: m.hostUserId,
    subjectPersonIds: mayConflict ? await subjectPersonIds(db, poll.id) : [],
    clerkCertifiedBy: poll.clerkCertifiedBy,
    hostCertifiedBy: poll.hostCertifiedBy,
  };
}
