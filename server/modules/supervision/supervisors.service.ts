import { and, asc, eq, inArray } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest, notFound } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { meetings, persons, supervisorElections, supervisors, users } from '../../db/schema/index.ts';
import { scopeWhere, tenantCols } from '../../db/scope.ts';
import { localDate } from '../../domain/local-time.ts';
import {
  campaignSupervisionRefusal,
  supervisorActions,
  supervisorRefusal,
} from '../../domain/policies/supervision.ts';
import { inTerm, termProblem } from '../../domain/supervision/dates.ts';
import { ELECTING_MEETING_KINDS } from '../../domain/supervision/kinds.ts';
import { MEETING_KIND_LABELS, type MeetingKind } from '../../domain/voting/meeting-kinds.ts';
import { createAccount, type PreparedPassword, type Slip } from '../accounts/accounts.service.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { createPerson } from '../org/persons.service.ts';
import type { ElectionBody } from './supervision.schema.ts';
import {
  type CampaignContext,
  campaignContext,
  checkRecordDate,
  contextOfRecord,
  villageNames,
  workedVillages,
} from './supervision-context.ts';

type SupervisorRow = typeof supervisors.$inferSelect;

/** How many first passwords an election needs (drawn and hashed before its transaction). */
export const accountsWanted = (body: ElectionBody) => body.elected.filter((e) => e.openAccount).length;

/** The electing meeting: a 村民会议 or 村民代表会议 of the campaign's township, dated in its year. */
async function electingMeeting(tx: Tx, actor: Actor, ctx: CampaignContext, meetingId: string) {
  const meeting = await findInScope(tx, meetings, actor.scope, meetingId, '会议');
  if (meeting.townshipId !== ctx.campaign.townshipId) throw notFound('会议');
  if (!(ELECTING_MEETING_KINDS as readonly MeetingKind[]).includes(meeting.kind)) {
    throw badRequest('meetingId', '“选举会议”：村民监督员由村民会议或村民代表会议选举');
  }
  const electedOn = localDate(meeting.startsAt, ctx.zone);
  checkRecordDate('meetingId', '选举会议', electedOn, ctx);
  return { meeting, electedOn };
}

/** The elected person: one of the village's roster, or added to it by name. */
async function electedPerson(
  tx: Tx,
  actor: Actor,
  villageId: string,
  entry: ElectionBody['elected'][number],
): Promise<string> {
  if (entry.personId) {
    const person = await findInScope(tx, persons, actor.scope, entry.personId, '人员');
    if (person.villageId !== villageId) throw badRequest('personId', `“人员”：${person.name}不是本村人员`);
    return person.id;
  }
  if (!entry.name) throw badRequest('personId', '“人员”：请选择本村人员，或填写姓名登记到名册');
  const created = await createPerson(tx, actor, { villageId, name: entry.name, partyMember: false });
  return created.id;
}

/**
 * The account the supervisor signs in with: their active supervisor account if they have one (a
 * re-election), else a new one on a slip.
 */
async function supervisorAccount(
  tx: Tx,
  actor: Actor,
  personId: string,
  password: PreparedPassword | undefined,
): Promise<{ userId: string; slip: Slip | null }> {
  const [existing] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.personId, personId), eq(users.role, 'supervisor'), eq(users.disabled, false)));
  if (existing) return { userId: existing.id, slip: null };
  // The route prepares one first password per account asked for; a missing one is a programming error.
  if (!password) throw new Error('no first password prepared for a new supervisor account');
  const slip = await createAccount(tx, actor, { role: 'supervisor', personId }, password);
  return { userId: slip.account.id, slip };
}

/** Records a supervisors' election (meeting, term, votes per person) and opens the accounts asked for. */
export async function recordElection(
  tx: Tx,
  actor: Actor,
  campaignId: string,
  body: ElectionBody,
  passwords: PreparedPassword[],
) {
  const ctx = await campaignContext(tx, actor, campaignId);
  const refusal = campaignSupervisionRefusal({ actor, phase: ctx.campaign.phase }, 'record_election');
  if (refusal) throw refusal;
  const { meeting, electedOn } = await electingMeeting(tx, actor, ctx, body.meetingId);
  const termWrong = termProblem(body.termStart, body.termEnd, electedOn);
  if (termWrong) throw badRequest('termStart', `“任期”：${termWrong}`);
  const present = meeting.attendance ?? meeting.eligible;
  const [election] = await tx
    .insert(supervisorElections)
    .values({
      countyId: meeting.countyId,
      townshipId: meeting.townshipId,
      villageId: meeting.villageId,
      campaignId,
      meetingId: meeting.id,
      termStart: body.termStart,
      termEnd: body.termEnd,
      recordedBy: actor.displayName,
    })
    .returning();
  const slips: Slip[] = [];
  const ids: string[] = [];
  const seen = new Set<string>();
  let nextPassword = 0;
  for (const entry of body.elected) {
    if (entry.votes > present) throw badRequest('votes', `“得票数”不能多于到会人数（${present}）`);
    const personId = await electedPerson(tx, actor, meeting.villageId, entry);
    if (seen.has(personId)) throw badRequest('personId', '“当选人员”：同一人填写了两次');
    seen.add(personId);
    const account = entry.openAccount
      ? await supervisorAccount(tx, actor, personId, passwords[nextPassword++])
      : null;
    if (account?.slip) slips.push(account.slip);
    const [row] = await tx
      .insert(supervisors)
      .values({
        countyId: meeting.countyId,
        townshipId: meeting.townshipId,
        villageId: meeting.villageId,
        electionId: election!.id,
        personId,
        votes: entry.votes,
        userId: account?.userId ?? null,
      })
      .returning();
    ids.push(row!.id);
  }
  await appendAudit(tx, asAuditActor(actor), {
    action: 'supervisor_election.create',
    entity: 'supervisor_election',
    entityId: election!.id,
    countyId: election!.countyId,
    townshipId: election!.townshipId,
    after: { ...election, elected: body.elected.map((e, i) => ({ supervisorId: ids[i], votes: e.votes })) },
  });
  return { supervisors: await presentSupervisors(tx, actor, ctx, ids), slips };
}

/** Opens the account of an elected supervisor who has none (on a slip). */
export async function openSupervisorAccount(tx: Tx, actor: Actor, id: string, password: PreparedPassword) {
  const row = await findInScope(tx, supervisors, actor.scope, id, '村民监督员', { lock: true });
  const [election] = await tx
    .select()
    .from(supervisorElections)
    .where(eq(supervisorElections.id, row.electionId));
  const ctx = await contextOfRecord(tx, election!.campaignId);
  const refusal = supervisorRefusal(
    { actor, phase: ctx.campaign.phase, hasAccount: row.userId !== null },
    'open_account',
  );
  if (refusal) throw refusal;
  const { userId, slip } = await supervisorAccount(tx, actor, row.personId, password);
  await tx.update(supervisors).set({ userId }).where(eq(supervisors.id, id));
  await appendAudit(tx, asAuditActor(actor), {
    action: 'supervisor.account',
    entity: 'supervisor',
    entityId: id,
    countyId: row.countyId,
    townshipId: row.townshipId,
    before: { userId: null },
    after: { userId },
  });
  return { supervisors: await presentSupervisors(tx, actor, ctx, [id]), slips: slip ? [slip] : [] };
}

async function presentSupervisors(db: Queryable, actor: Actor, ctx: CampaignContext, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await supervisorRows(db, inArray(supervisors.id, ids));
  return present(db, actor, ctx, rows);
}

function supervisorRows(db: Queryable, where: ReturnType<typeof and>) {
  return db
    .select({
      supervisor: supervisors,
      termStart: supervisorElections.termStart,
      termEnd: supervisorElections.termEnd,
      meetingId: meetings.id,
      meetingTitle: meetings.title,
      meetingKind: meetings.kind,
      meetingAt: meetings.startsAt,
      name: persons.name,
      username: users.username,
    })
    .from(supervisors)
    .innerJoin(supervisorElections, eq(supervisorElections.id, supervisors.electionId))
    .innerJoin(meetings, eq(meetings.id, supervisorElections.meetingId))
    .innerJoin(persons, eq(persons.id, supervisors.personId))
    .leftJoin(users, eq(users.id, supervisors.userId))
    .where(where)
    .orderBy(asc(meetings.startsAt), asc(supervisors.createdAt));
}

type Listed = Awaited<ReturnType<typeof supervisorRows>>[number];

async function present(db: Queryable, actor: Actor, ctx: CampaignContext, rows: Listed[]) {
  const names = await villageNames(
    db,
    rows.map((r) => r.supervisor.villageId),
  );
  return rows.map((r) => {
    const s: SupervisorRow = r.supervisor;
    return {
      id: s.id,
      villageId: s.villageId,
      villageName: names.get(s.villageId) ?? '',
      personId: s.personId,
      name: r.name,
      votes: s.votes,
      termStart: r.termStart,
      termEnd: r.termEnd,
      inTerm: inTerm(r, ctx.today),
      meetingId: r.meetingId,
      meetingTitle: r.meetingTitle,
      meetingKindLabel: MEETING_KIND_LABELS[r.meetingKind],
      electedOn: localDate(r.meetingAt, ctx.zone),
      username: r.username,
      allowedActions: supervisorActions({ actor, phase: ctx.campaign.phase, hasAccount: s.userId !== null }),
    };
  });
}

/** The supervisors elected for the campaign, in the villages the caller sees. */
export async function listSupervisors(db: Queryable, actor: Actor, campaignId: string, villageId?: string) {
  const ctx = await campaignContext(db, actor, campaignId);
  const rows = await supervisorRows(
    db,
    and(
      eq(supervisorElections.campaignId, campaignId),
      scopeWhere(actor.scope, tenantCols(supervisors)),
      workedVillages(actor, supervisors.villageId),
      villageId ? eq(supervisors.villageId, villageId) : undefined,
    ),
  );
  return present(db, actor, ctx, rows);
}

/** Villages where this account is an elected supervisor whose term covers `today`. */
export async function villagesSupervisedBy(
  db: Queryable,
  userId: string,
  today: string,
): Promise<Set<string>> {
  const rows = await db
    .select({
      villageId: supervisors.villageId,
      termStart: supervisorElections.termStart,
      termEnd: supervisorElections.termEnd,
    })
    .from(supervisors)
    .innerJoin(supervisorElections, eq(supervisorElections.id, supervisors.electionId))
    .where(eq(supervisors.userId, userId));
  return new Set(rows.filter((r) => inTerm(r, today)).map((r) => r.villageId));
}

/** The elected supervisor row of this account in the village (the newest in term), for a report. */
export async function supervisorOf(db: Queryable, userId: string, villageId: string, today: string) {
  const rows = await db
    .select({
      id: supervisors.id,
      termStart: supervisorElections.termStart,
      termEnd: supervisorElections.termEnd,
    })
    .from(supervisors)
    .innerJoin(supervisorElections, eq(supervisorElections.id, supervisors.electionId))
    .where(and(eq(supervisors.userId, userId), eq(supervisors.villageId, villageId)))
    .orderBy(asc(supervisorElections.termStart));
  return rows.filter((r) => inTerm(r, today)).at(-1) ?? null;
}
