import { and, eq, inArray, ne } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { AppError, badRequest, conflict } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import {
  inspectionTeamMembers,
  inspectionTeams,
  inspectionVillages,
  persons,
  villages,
} from '../../db/schema/index.ts';
import { campaignInspectionRefusal } from '../../domain/policies/inspection.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import type { TeamBody } from './inspection.schema.ts';

/** The campaign locked (one team write at a time per campaign), and the office's right to manage it. */
async function managedCampaign(tx: Tx, actor: Actor, campaignId: string): Promise<CampaignRow> {
  const campaign = await findCampaign(tx, actor.scope, campaignId, { lock: true });
  const refused = campaignInspectionRefusal(
    { actor: { role: actor.role, personId: actor.personId }, campaign },
    'manage',
  );
  if (refused) throw new AppError(refused.kind, refused.code, refused.message);
  return campaign;
}

async function teamOf(tx: Tx, actor: Actor, teamId: string) {
  const team = await findInScope(tx, inspectionTeams, actor.scope, teamId, '考察组');
  const campaign = await managedCampaign(tx, actor, team.campaignId);
  return { team, campaign };
}

/** Members checked: in the township's roster, each once, the leader among them, on no other team. */
async function checkedMembers(tx: Tx, actor: Actor, campaign: CampaignRow, body: TeamBody, teamId?: string) {
  const ids = body.members.map((m) => m.personId);
  if (new Set(ids).size !== ids.length) throw badRequest('members', '“考察组成员”：同一人员不能重复添加');
  if (!ids.includes(body.leaderPersonId))
    throw badRequest('leaderPersonId', '“组长”：组长应是考察组成员之一');
  const people = [];
  for (const id of ids) {
    const person = await findInScope(tx, persons, actor.scope, id, '人员');
    if (person.townshipId !== campaign.townshipId)
      throw badRequest('members', '“考察组成员”：应是本乡镇的人员');
    people.push(person);
  }
  const elsewhere = await tx
    .select({ personId: inspectionTeamMembers.personId, team: inspectionTeams.name })
    .from(inspectionTeamMembers)
    .innerJoin(inspectionTeams, eq(inspectionTeams.id, inspectionTeamMembers.teamId))
    .where(
      and(
        eq(inspectionTeamMembers.campaignId, campaign.id),
        inArray(inspectionTeamMembers.personId, ids),
        teamId ? ne(inspectionTeamMembers.teamId, teamId) : undefined,
      ),
    );
  if (elsewhere[0]) {
    const name = people.find((p) => p.id === elsewhere[0]!.personId)?.name ?? '';
    throw conflict(
      'MEMBER_ON_OTHER_TEAM',
      `“${name}”已是“${elsewhere[0].team}”的成员，不能同时参加两个考察组`,
      'members',
    );
  }
  return people;
}

/** A member from a village the team inspects must stand aside (回避): refused with the member's name. */
async function assertNoOwnVillage(
  tx: Tx,
  people: { name: string; villageId: string }[],
  villageIds: string[],
) {
  const own = people.find((p) => villageIds.includes(p.villageId));
  if (!own) return;
  const [village] = await tx
    .select({ name: villages.name })
    .from(villages)
    .where(eq(villages.id, own.villageId));
  throw conflict(
    'MEMBER_OF_VILLAGE',
    `考察组成员“${own.name}”是${village?.name ?? '该村'}的人员，应当回避，该组不能考核${village?.name ?? '该村'}`,
    'villageIds',
  );
}

async function writeMembers(tx: Tx, campaign: CampaignRow, teamId: string, body: TeamBody) {
  await tx.delete(inspectionTeamMembers).where(eq(inspectionTeamMembers.teamId, teamId));
  await tx.insert(inspectionTeamMembers).values(
    body.members.map((m, position) => ({
      countyId: campaign.countyId,
      townshipId: campaign.townshipId,
      campaignId: campaign.id,
      teamId,
      personId: m.personId,
      kind: m.kind,
      leader: m.personId === body.leaderPersonId,
      position,
    })),
  );
}

async function assertNameFree(tx: Tx, campaignId: string, name: string, teamId?: string) {
  const [same] = await tx
    .select({ id: inspectionTeams.id })
    .from(inspectionTeams)
    .where(
      and(
        eq(inspectionTeams.campaignId, campaignId),
        eq(inspectionTeams.name, name),
        teamId ? ne(inspectionTeams.id, teamId) : undefined,
      ),
    );
  if (same) throw conflict('TEAM_NAME_TAKEN', `已有名为“${name}”的考察组`, 'name');
}

const auditBody = (body: TeamBody) => ({
  name: body.name,
  members: body.members.map((m) => ({ personId: m.personId, kind: m.kind })),
  leaderPersonId: body.leaderPersonId,
});

export async function createTeam(tx: Tx, actor: Actor, campaignId: string, body: TeamBody) {
  const campaign = await managedCampaign(tx, actor, campaignId);
  await assertNameFree(tx, campaign.id, body.name);
  await checkedMembers(tx, actor, campaign, body);
  const [team] = await tx
    .insert(inspectionTeams)
    // The clock's time, not the transaction's: teams formed in one transaction keep their order.
    .values({
      countyId: campaign.countyId,
      townshipId: campaign.townshipId,
      campaignId: campaign.id,
      name: body.name,
      createdAt: new Date(),
    })
    .returning();
  await writeMembers(tx, campaign, team!.id, body);
  await appendAudit(tx, asAuditActor(actor), {
    action: 'inspection_team.create',
    entity: 'inspection_team',
    entityId: team!.id,
    countyId: campaign.countyId,
    townshipId: campaign.townshipId,
    after: auditBody(body),
  });
  return team!;
}

const assignedVillageIds = async (tx: Tx, teamId: string) =>
  await tx.select().from(inspectionVillages).where(eq(inspectionVillages.teamId, teamId));

export async function updateTeam(tx: Tx, actor: Actor, teamId: string, body: TeamBody) {
  const { team, campaign } = await teamOf(tx, actor, teamId);
  await assertNameFree(tx, campaign.id, body.name, team.id);
  const people = await checkedMembers(tx, actor, campaign, body, team.id);
  const assigned = await assignedVillageIds(tx, team.id);
  await assertNoOwnVillage(
    tx,
    people,
    assigned.map((a) => a.villageId),
  );
  await tx.update(inspectionTeams).set({ name: body.name }).where(eq(inspectionTeams.id, team.id));
  await writeMembers(tx, campaign, team.id, body);
  await appendAudit(tx, asAuditActor(actor), {
    action: 'inspection_team.update',
    entity: 'inspection_team',
    entityId: team.id,
    countyId: campaign.countyId,
    townshipId: campaign.townshipId,
    after: auditBody(body),
  });
}

const submittedName = async (tx: Tx, villageId: string) =>
  (await tx.select({ name: villages.name }).from(villages).where(eq(villages.id, villageId)))[0]?.name ?? '';

export async function deleteTeam(tx: Tx, actor: Actor, teamId: string) {
  const { team, campaign } = await teamOf(tx, actor, teamId);
  const assigned = await assignedVillageIds(tx, team.id);
  const done = assigned.find((a) => a.submittedAt);
  if (done) {
    throw conflict(
      'TEAM_HAS_SUBMITTED',
      `该组已提交${await submittedName(tx, done.villageId)}的考核，不能删除`,
    );
  }
  await tx.delete(inspectionVillages).where(eq(inspectionVillages.teamId, team.id));
  await tx.delete(inspectionTeams).where(eq(inspectionTeams.id, team.id));
  await appendAudit(tx, asAuditActor(actor), {
    action: 'inspection_team.delete',
    entity: 'inspection_team',
    entityId: team.id,
    countyId: campaign.countyId,
    townshipId: campaign.townshipId,
    before: { name: team.name, villageIds: assigned.map((a) => a.villageId) },
  });
}

/**
 * The team's villages become exactly `villageIds`: each village of the campaign's township goes to
 * one team (taken from another team if it was there); a submitted village stays where it is.
 */
export async function assignVillages(tx: Tx, actor: Actor, teamId: string, villageIds: string[]) {
  const { team, campaign } = await teamOf(tx, actor, teamId);
  const wanted = [...new Set(villageIds)];
  for (const id of wanted) {
    const village = await findInScope(tx, villages, actor.scope, id, '村', {
      columns: { county: villages.countyId, township: villages.townshipId, village: villages.id },
    });
    if (village.townshipId !== campaign.townshipId)
      throw badRequest('villageIds', '“考核村”：应是本乡镇的村');
  }
  const members = await tx
    .select({ name: persons.name, villageId: persons.villageId })
    .from(inspectionTeamMembers)
    .innerJoin(persons, eq(persons.id, inspectionTeamMembers.personId))
    .where(eq(inspectionTeamMembers.teamId, team.id));
  await assertNoOwnVillage(tx, members, wanted);
  const current = await tx
    .select()
    .from(inspectionVillages)
    .where(eq(inspectionVillages.campaignId, campaign.id));
  const moving = current.filter(
    (a) =>
      (wanted.includes(a.villageId) && a.teamId !== team.id) ||
      (a.teamId === team.id && !wanted.includes(a.villageId)),
  );
  const stuck = moving.find((a) => a.submittedAt);
  if (stuck) {
    throw conflict(
      'VILLAGE_SUBMITTED',
      `${await submittedName(tx, stuck.villageId)}的考核已提交，不能改由其他考察组考核`,
      'villageIds',
    );
  }
  if (moving.length)
    await tx.delete(inspectionVillages).where(
      inArray(
        inspectionVillages.id,
        moving.map((a) => a.id),
      ),
    );
  const kept = new Set(current.filter((a) => a.teamId === team.id).map((a) => a.villageId));
  const added = wanted.filter((id) => !kept.has(id));
  if (added.length) {
    await tx.insert(inspectionVillages).values(
      added.map((villageId) => ({
        countyId: campaign.countyId,
        townshipId: campaign.townshipId,
        campaignId: campaign.id,
        villageId,
        teamId: team.id,
      })),
    );
  }
  await appendAudit(tx, asAuditActor(actor), {
    action: 'inspection.assign',
    entity: 'inspection_team',
    entityId: team.id,
    countyId: campaign.countyId,
    townshipId: campaign.townshipId,
    before: { villageIds: [...kept] },
    after: { villageIds: wanted },
  });
}
