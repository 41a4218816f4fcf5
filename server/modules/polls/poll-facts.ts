import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { evaluationChairs, meetings, participants, pledges, type polls } from '../../db/schema/index.ts';
import type { PollFacts } from '../../domain/policies/poll.ts';
import { quorumOf } from '../../domain/voting/quorum.ts';
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

/** The account of the village's recorded 村务监督委员会主任 for the campaign (who chairs its 民主测评). */
export async function evaluationChairUserId(
  db: Queryable,
  campaignId: string | null,
  villageId: string,
): Promise<string | null> {
  if (!campaignId) return null;
  const [row] = await db
    .select({ userId: evaluationChairs.userId })
    .from(evaluationChairs)
    .where(and(eq(evaluationChairs.campaignId, campaignId), eq(evaluationChairs.villageId, villageId)));
  return row?.userId ?? null;
}

/** The quorum facts that gate opening a 民主测评: the meeting's attendance as recorded now. */
export function evaluationQuorumFacts(
  preset: PollRow['quorumPreset'],
  m: MeetingRow,
): NonNullable<PollFacts['evaluation']> {
  const quorum = quorumOf({
    kind: m.kind,
    preset,
    eligible: m.eligible,
    households: m.households,
    present: m.attendance,
    householdsRepresented: m.householdsRepresented,
  });
  return {
    quorumMet: quorum.met,
    quorumRule: quorum.rule,
    present: quorum.present,
    required: quorum.required,
  };
}

/** A 民主测评's facts: the host who certifies is the village's 村务监督委员会主任; the quorum gates opening. */
async function evaluationFacts(db: Queryable, poll: PollRow, m: MeetingRow) {
  return {
    hostUserId: await evaluationChairUserId(db, m.campaignId, m.villageId),
    evaluation: evaluationQuorumFacts(poll.quorumPreset, m),
  };
}

/** What the poll policy decides on, for this caller. */
export async function pollFacts(
  db: Queryable,
  actor: Actor,
  poll: PollRow,
  meeting?: MeetingRow,
): Promise<PollFacts> {
  const m = meeting ?? (await db.select().from(meetings).where(eq(meetings.id, poll.meetingId)))[0]!;
  const evaluation = poll.purpose === 'democratic_evaluation' ? await evaluationFacts(db, poll, m) : null;
  const hostUserId = evaluation ? evaluation.hostUserId : m.hostUserId;
  // Only the host's own person can be in conflict: the subjects are looked up for the host alone.
  const mayConflict = actor.personId !== null && actor.userId === hostUserId;
  return {
    actor: { userId: actor.userId, role: actor.role, personId: actor.personId },
    status: poll.status,
    archived: await isArchived(db, m.campaignId),
    hostUserId,
    subjectPersonIds: mayConflict ? await subjectPersonIds(db, poll.id) : [],
    clerkCertifiedBy: poll.clerkCertifiedBy,
    hostCertifiedBy: poll.hostCertifiedBy,
    ...(evaluation ? { evaluation: evaluation.evaluation } : {}),
  };
}
