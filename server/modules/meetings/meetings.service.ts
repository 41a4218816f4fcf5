import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { type Actor, asAuditActor, type Scope } from '../../core/actor.ts';
import { badRequest, conflict, notFound, wrongPhase } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { campaigns, meetings, paperTallies, polls, villages } from '../../db/schema/index.ts';
import { scopeWhere, tenantCols } from '../../db/scope.ts';
import { type CampaignConfig, defaultCampaignConfig } from '../../domain/campaign-config.ts';
import { eligibleFromVillage, MEETING_KIND_LABELS } from '../../domain/voting/meeting-kinds.ts';
import { quorumOf } from '../../domain/voting/quorum.ts';
import { appendAudit } from '../audit/audit.service.ts';
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

async function refuseArchived(db: Queryable, campaignId: string | null) {
  if (!campaignId) return;
  const [row] = await db
    .select({ phase: campaigns.phase })
    .from(campaigns)
    .where(eq(campaigns.id, campaignId));
  if (row?.phase === 'archived') throw wrongPhase('该年度考评已归档，不能再修改');
}

export function quorumOfMeeting(
  meeting: MeetingRow,
  preset: CampaignConfig['quorumPreset'],
  frozen?: { eligible: number | null; attendance: number | null; households: number | null },
) {
  return quorumOf({
    kind: meeting.kind,
    preset,
    eligible: frozen?.eligible ?? meeting.eligible,
    households: meeting.households,
    present: frozen ? frozen.attendance : meeting.attendance,
    householdsRepresented: frozen ? frozen.households : meeting.householdsRepresented,
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

export function presentMeeting(row: MeetingRow, villageName: string) {
  const { countyId: _c, ...rest } = row;
  return { ...rest, villageName, kindLabel: MEETING_KIND_LABELS[row.kind] };
}

export async function listMeetings(
  db: Queryable,
  scope: Scope,
  filter: { villageId?: string; campaignId?: string },
) {
  const conditions: (SQL | undefined)[] = [
    scopeWhere(scope, tenantCols(meetings)),
    filter.villageId ? eq(meetings.villageId, filter.villageId) : undefined,
    filter.campaignId ? eq(meetings.campaignId, filter.campaignId) : undefined,
  ];
  const rows = await db
    .select()
    .from(meetings)
    .where(and(...conditions))
    .orderBy(desc(meetings.startsAt))
    .limit(500);
  const names = await villageNames(db, [...new Set(rows.map((r) => r.villageId))]);
  return rows.map((r) => presentMeeting(r, names.get(r.villageId) ?? ''));
}

export async function meetingDetail(db: Queryable, scope: Scope, id: string) {
  const meeting = await meetingInScope(db, scope, id);
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
  const names = await villageNames(db, [meeting.villageId]);
  return {
    meeting: presentMeeting(meeting, names.get(meeting.villageId) ?? ''),
    quorum: quorumOfMeeting(meeting, config.quorumPreset),
    polls: pollRows,
  };
}

export async function createMeeting(tx: Tx, actor: Actor, body: CreateMeetingBody) {
  const village = await findInScope(tx, villages, actor.scope, body.villageId, '村', {
    columns: { county: villages.countyId, township: villages.townshipId, village: villages.id },
  });
  if (body.campaignId) {
    const campaign = await findInScope(tx, campaigns, actor.scope, body.campaignId, '考评年度');
    if (campaign.townshipId !== village.townshipId) throw notFound('考评年度');
    if (campaign.phase === 'archived') throw wrongPhase('该年度考评已归档，不能再添加会议');
  }
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
  return presentMeeting(row!, village.name);
}

/** The most any of the meeting's polls has issued (codes + paper ballots): attendance may not go below it. */
async function issuedAtMeeting(tx: Tx, meetingId: string): Promise<number> {
  const rows = await tx
    .select({ id: polls.id, status: polls.status, codes: polls.codesIssued })
    .from(polls)
    .where(eq(polls.meetingId, meetingId));
  if (rows.some((r) => r.status === 'certified')) {
    throw conflict('CERTIFIED', '该会议已有表决结果经过确认，会议记录不能再修改；如需更正，请新建更正表决');
  }
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
  await refuseArchived(tx, before.campaignId);
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
  const [after] = await tx
    .update(meetings)
    .set({ ...body, updatedAt: new Date() })
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
  const names = await villageNames(tx, [after!.villageId]);
  return presentMeeting(after!, names.get(after!.villageId) ?? '');
}

export { refuseArchived };
