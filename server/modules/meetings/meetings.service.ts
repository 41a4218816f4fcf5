import { and, asc, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import { type Actor, asAuditActor, type Scope } from '../../core/actor.ts';
import { badRequest, notFound, wrongPhase } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { campaigns, meetings, paperTallies, polls, villages } from '../../db/schema/index.ts';
import { scopeWhere, tenantCols } from '../../db/scope.ts';
import { workedVillages } from '../../db/worked-villages.ts';
import { type CampaignConfig, defaultCampaignConfig } from '../../domain/campaign-config.ts';
import { localDate, localToday } from '../../domain/local-time.ts';
import { type MeetingFacts, meetingActions, meetingRefusal } from '../../domain/policies/meeting.ts';
import { meetingDateProblem } from '../../domain/voting/meeting-dates.ts';
import {
  eligibleFromVillage,
  eligibleProblem,
  MEETING_KIND_LABELS,
} from '../../domain/voting/meeting-kinds.ts';
import { quorumOf } from '../../domain/voting/quorum.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { townshipZone } from '../pledges/township-zone.ts';
import { checkHostAccount, hostNames, villageInScope } from './meeting-host.ts';
import type { CreateMeetingBody, PatchMeetingBody } from './meetings.schema.ts';

export type MeetingRow = typeof meetings.$inferSelect;

/** A meeting inside the caller's scope, or 404 (another township's id looks like no id at all). */
export const meetingInScope = (db: Queryable, scope: Scope, id: string, lock = false) =>
  findInScope(db, meetings, scope, id, '会议', { lock });

/** The campaign's config (rules in force), or the defaults for a meeting outside any campaign. */
export async function configOf(db: Queryable, campaignId: string | null): Promise<CampaignConfig> {
  if (!campaignId) return defaultCampaignConfig(new Date().getFullYear());
  const [row] = await db
    .select({ config: campaigns.config })
    .from(campaigns)
    .where(eq(campaigns.id, campaignId));
  return row?.config ?? defaultCampaignConfig(new Date().getFullYear());
}

/** Which of these campaigns are archived (read-only). */
async function archivedCampaigns(db: Queryable, ids: (string | null)[]): Promise<Set<string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Set();
  const rows = await db
    .select({ id: campaigns.id, phase: campaigns.phase })
    .from(campaigns)
    .where(inArray(campaigns.id, wanted));
  return new Set(rows.filter((r) => r.phase === 'archived').map((r) => r.id));
}

/** Is the campaign (if any) archived, hence read-only? */
export async function isArchived(db: Queryable, campaignId: string | null): Promise<boolean> {
  return campaignId !== null && (await archivedCampaigns(db, [campaignId])).has(campaignId);
}

/** Which of these meetings have a poll, and which a certified one (their record is frozen). */
async function meetingPolls(db: Queryable, ids: string[]) {
  if (ids.length === 0) return { any: new Set<string>(), certified: new Set<string>() };
  const rows = await db
    .select({ meetingId: polls.meetingId, status: polls.status })
    .from(polls)
    .where(inArray(polls.meetingId, ids));
  return {
    any: new Set(rows.map((r) => r.meetingId)),
    certified: new Set(rows.filter((r) => r.status === 'certified').map((r) => r.meetingId)),
  };
}

/** What the meeting policy decides on, for this caller and meeting. */
export async function meetingFacts(
  db: Queryable,
  actor: Actor,
  meeting: Pick<MeetingRow, 'id' | 'campaignId'>,
): Promise<MeetingFacts> {
  const archived = await isArchived(db, meeting.campaignId);
  const withPolls = await meetingPolls(db, [meeting.id]);
  return {
    actor: { role: actor.role },
    archived,
    hasCertifiedPoll: withPolls.certified.has(meeting.id),
    hasPolls: withPolls.any.has(meeting.id),
  };
}

export function quorumOfMeeting(meeting: MeetingRow, preset: CampaignConfig['quorumPreset']) {
  return quorumOf({
    kind: meeting.kind,
    preset,
    eligible: meeting.eligible,
    households: meeting.households,
    present: meeting.attendance,
    householdsRepresented: meeting.householdsRepresented,
  });
}

async function villageNames(db: Queryable, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: villages.id, name: villages.name })
    .from(villages)
    .where(inArray(villages.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Meetings as the caller sees them: names to show, and what the caller may do to each. */
export async function presentMeetings(db: Queryable, actor: Actor, rows: MeetingRow[]) {
  // One query at a time: db may be a transaction, which runs on one connection.
  const names = await villageNames(db, [...new Set(rows.map((r) => r.villageId))]);
  const hosts = await hostNames(
    db,
    rows.map((r) => r.hostUserId),
  );
  const archived = await archivedCampaigns(
    db,
    rows.map((r) => r.campaignId),
  );
  const withPolls = await meetingPolls(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => {
    const { countyId: _c, ...rest } = row;
    const facts: MeetingFacts = {
      actor: { role: actor.role },
      archived: row.campaignId !== null && archived.has(row.campaignId),
      hasCertifiedPoll: withPolls.certified.has(row.id),
      hasPolls: withPolls.any.has(row.id),
    };
    const lock = meetingRefusal(facts, 'edit');
    return {
      ...rest,
      villageName: names.get(row.villageId) ?? '',
      kindLabel: MEETING_KIND_LABELS[row.kind],
      hostAccountName: row.hostUserId ? (hosts.get(row.hostUserId) ?? null) : null,
      allowedActions: meetingActions(facts),
      /** Why the record cannot be edited, for a caller who could otherwise (null when it can). */
      lockedReason: lock && lock.kind !== 'forbidden' ? lock.message : null,
    };
  });
}

const presentOne = async (db: Queryable, actor: Actor, row: MeetingRow) =>
  (await presentMeetings(db, actor, [row]))[0]!;

/** A leader's list: their 联系村, and any meeting they host elsewhere (they certify its votes). */
function leaderMeetings(actor: Actor): SQL | undefined {
  const worked = workedVillages(actor, meetings.villageId);
  return worked && or(worked, eq(meetings.hostUserId, actor.userId));
}

export async function listMeetings(
  db: Queryable,
  actor: Actor,
  filter: { villageId?: string; campaignId?: string },
) {
  const conditions: (SQL | undefined)[] = [
    scopeWhere(actor.scope, tenantCols(meetings)),
    leaderMeetings(actor),
    filter.villageId ? eq(meetings.villageId, filter.villageId) : undefined,
    filter.campaignId ? eq(meetings.campaignId, filter.campaignId) : undefined,
  ];
  const rows = await db
    .select()
    .from(meetings)
    .where(and(...conditions))
    .orderBy(desc(meetings.startsAt))
    .limit(500);
  return presentMeetings(db, actor, rows);
}

export async function meetingDetail(db: Queryable, actor: Actor, id: string) {
  const meeting = await meetingInScope(db, actor.scope, id);
  const config = await configOf(db, meeting.campaignId);
  const pollRows = await db
    .select({
      id: polls.id,
      title: polls.title,
      purpose: polls.purpose,
      status: polls.status,
      codesIssued: polls.codesIssued,
      correctsPollId: polls.correctsPollId,
    })
    .from(polls)
    .where(eq(polls.meetingId, id))
    .orderBy(asc(polls.createdAt));
  return {
    meeting: await presentOne(db, actor, meeting),
    quorum: quorumOfMeeting(meeting, config.quorumPreset),
    polls: pollRows,
  };
}

/** The meeting's time lies in its campaign's year (or within a year of today without one), else 400. */
async function checkMeetingDate(
  db: Queryable,
  townshipId: string,
  campaignId: string | null,
  startsAt: Date,
) {
  const zone = await townshipZone(db, townshipId);
  const [campaign] = campaignId
    ? await db.select({ year: campaigns.year }).from(campaigns).where(eq(campaigns.id, campaignId))
    : [];
  const problem = meetingDateProblem(localDate(startsAt, zone), campaign?.year ?? null, localToday(zone));
  if (problem) throw badRequest('startsAt', problem);
}

export async function createMeeting(tx: Tx, actor: Actor, body: CreateMeetingBody) {
  const village = await villageInScope(tx, actor.scope, body.villageId);
  if (body.campaignId) {
    const campaign = await findInScope(tx, campaigns, actor.scope, body.campaignId, '考评年度');
    if (campaign.townshipId !== village.townshipId) throw notFound('考评年度');
    if (campaign.phase === 'archived') throw wrongPhase('该年度考评已归档，不能再添加会议');
  }
  await checkMeetingDate(tx, village.townshipId, body.campaignId ?? null, new Date(body.startsAt));
  const fromVillage = eligibleFromVillage(body.kind, village);
  if (fromVillage !== null && body.eligible !== undefined) {
    throw badRequest(
      'eligible',
      `“应到人数”由村的基本数据得出（${MEETING_KIND_LABELS[body.kind]}），不能填写`,
    );
  }
  const eligible = fromVillage ?? body.eligible;
  if (eligible === undefined) {
    throw badRequest('eligible', `请填写“应到人数”（${MEETING_KIND_LABELS[body.kind]}）`);
  }
  const eligibleWrong = eligibleProblem(body.kind, village, eligible);
  if (eligibleWrong) throw badRequest('eligible', eligibleWrong);
  if (body.hostUserId) await checkHostAccount(tx, actor, village, body.hostUserId);
  const [row] = await tx
    .insert(meetings)
    .values({
      countyId: village.countyId,
      townshipId: village.townshipId,
      villageId: village.id,
      campaignId: body.campaignId ?? null,
      kind: body.kind,
      title: body.title,
      startsAt: new Date(body.startsAt),
      place: body.place,
      host: body.host,
      hostUserId: body.hostUserId ?? null,
      chair: body.chair ?? null,
      counters: body.counters,
      scrutineers: body.scrutineers,
      eligible,
      households: village.households,
    })
    .returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: 'meeting.create',
    entity: 'meeting',
    entityId: row!.id,
    countyId: row!.countyId,
    townshipId: row!.townshipId,
    after: row,
  });
  return presentOne(tx, actor, row!);
}

/** The most any of the meeting's polls has issued (codes + paper ballots): attendance may not go below it. */
async function issuedAtMeeting(tx: Tx, meetingId: string): Promise<number> {
  const rows = await tx
    .select({ id: polls.id, codes: polls.codesIssued })
    .from(polls)
    .where(eq(polls.meetingId, meetingId));
  if (rows.length === 0) return 0;
  const tallies = await tx
    .select({ pollId: paperTallies.pollId, issued: paperTallies.issued })
    .from(paperTallies)
    .where(
      inArray(
        paperTallies.pollId,
        rows.map((r) => r.id),
      ),
    );
  return Math.max(
    0,
    ...rows.map(
      (r) => r.codes + Math.max(0, ...tallies.filter((t) => t.pollId === r.id).map((t) => t.issued)),
    ),
  );
}

export async function patchMeeting(tx: Tx, actor: Actor, id: string, body: PatchMeetingBody) {
  const before = await meetingInScope(tx, actor.scope, id, true);
  const refusal = meetingRefusal(await meetingFacts(tx, actor, before), 'edit');
  if (refusal) throw refusal;
  const issued = await issuedAtMeeting(tx, id);
  if (body.attendance !== undefined && body.attendance < issued) {
    throw badRequest('attendance', `“实到人数”不能少于已发出的选票数（${issued}）`);
  }
  if (body.householdsRepresented !== undefined && body.householdsRepresented > before.households) {
    throw badRequest('householdsRepresented', `“到会户代表数”不能多于全村户数（${before.households}）`);
  }
  if (body.attendance !== undefined && body.attendance > before.eligible) {
    throw badRequest('attendance', `“实到人数”不能多于应到人数（${before.eligible}）`);
  }
  if (body.hostUserId) {
    await checkHostAccount(
      tx,
      actor,
      { id: before.villageId, townshipId: before.townshipId },
      body.hostUserId,
    );
  }
  const { startsAt, ...rest } = body;
  if (startsAt !== undefined) {
    await checkMeetingDate(tx, before.townshipId, before.campaignId, new Date(startsAt));
  }
  const [after] = await tx
    .update(meetings)
    .set({
      ...rest,
      ...(startsAt === undefined ? {} : { startsAt: new Date(startsAt) }),
      updatedAt: new Date(),
    })
    .where(eq(meetings.id, id))
    .returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: 'meeting.update',
    entity: 'meeting',
    entityId: id,
    countyId: before.countyId,
    townshipId: before.townshipId,
    before,
    after,
  });
  return presentOne(tx, actor, after!);
}

/** Deletes a meeting recorded by mistake: only while it has no poll (policy `delete`), audited. */
export async function deleteMeeting(tx: Tx, actor: Actor, id: string): Promise<void> {
  const before = await meetingInScope(tx, actor.scope, id, true);
  const refusal = meetingRefusal(await meetingFacts(tx, actor, before), 'delete');
  if (refusal) throw refusal;
  await tx.delete(meetings).where(eq(meetings.id, id));
  await appendAudit(tx, asAuditActor(actor), {
    action: 'meeting.delete',
    entity: 'meeting',
    entityId: id,
    countyId: before.countyId,
    townshipId: before.townshipId,
    before,
  });
}
