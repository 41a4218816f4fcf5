/**
 * 换届选举 writes, in the caller's transaction: the election, a candidate with their 竞聘演讲 and public
 * pledges (one use case: nothing is stored when one pledge is refused), and who was elected.
 */
import { and, eq } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest, conflict, refuse } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { candidatePledges, electionCandidates, elections, persons, villages } from '../../db/schema/index.ts';
import {
  candidatePledgeProblems,
  candidateProblems,
  ELECTION_POST_LABELS,
  electedProblems,
  type Problem,
} from '../../domain/elections.ts';
import { localToday } from '../../domain/local-time.ts';
import { type ElectionAction, electionRefusal } from '../../domain/policies/election.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { assertNotArchived, findCampaign } from '../campaigns/campaign-access.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import { townshipZone } from '../pledges/township-zone.ts';
import type { CandidateBody, ElectionBody } from './elections.schema.ts';

type ElectionRow = typeof elections.$inferSelect;

const first = (problems: Problem[]) => {
  const [p] = problems;
  if (p) throw badRequest(p.field, p.message);
};

/** `now`: the moment whose local date is "today" (the demo records its December election as of late November). */
export async function createElection(
  tx: Tx,
  actor: Actor,
  campaignId: string,
  body: ElectionBody,
  now = new Date(),
) {
  const campaign = await findCampaign(tx, actor.scope, campaignId, { lock: true });
  assertNotArchived(campaign);
  const today = localToday(await townshipZone(tx, campaign.townshipId), now);
  refuse(
    electionRefusal(
      { role: actor.role, today, electionDate: body.electionDate, resultsRecorded: false, candidates: 0 },
      'add_candidate',
    ),
  );
  const village = await findInScope(tx, villages, actor.scope, body.villageId, '村', {
    columns: { county: villages.countyId, township: villages.townshipId, village: villages.id },
  });
  if (village.townshipId !== campaign.townshipId) throw badRequest('villageId', '该村不属于本乡');
  const [taken] = await tx
    .select({ id: elections.id })
    .from(elections)
    .where(and(eq(elections.campaignId, campaign.id), eq(elections.villageId, village.id)));
  if (taken) throw conflict('ELECTION_EXISTS', `${village.name}本年度已登记换届选举`);
  const posts = [...new Set(body.posts)];
  const [row] = await tx
    .insert(elections)
    .values({
      countyId: campaign.countyId,
      townshipId: campaign.townshipId,
      villageId: village.id,
      campaignId: campaign.id,
      electionDate: body.electionDate,
      posts,
      createdBy: actor.displayName,
    })
    .returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: 'election.create',
    entity: 'election',
    entityId: row!.id,
    countyId: campaign.countyId,
    townshipId: campaign.townshipId,
    after: { village: village.name, electionDate: body.electionDate, posts },
  });
  return campaign;
}

/** The election locked, its campaign, with the caller's right to `action` checked on today's date. */
async function electionFor(tx: Tx, actor: Actor, id: string, action: ElectionAction, now: Date) {
  const election = await findInScope(tx, elections, actor.scope, id, '换届选举', { lock: true });
  const campaign = await findCampaign(tx, actor.scope, election.campaignId);
  assertNotArchived(campaign);
  const today = localToday(await townshipZone(tx, election.townshipId), now);
  refuse(
    electionRefusal(
      {
        role: actor.role,
        today,
        electionDate: election.electionDate,
        resultsRecorded: election.resultsRecordedAt !== null,
        candidates: 0,
      },
      action,
    ),
  );
  return { election, campaign };
}

/** The candidate's person: a cadre of the village by id, or a new person of the village. */
async function candidatePerson(tx: Tx, actor: Actor, election: ElectionRow, body: CandidateBody) {
  if (body.personId) {
    const person = await findInScope(tx, persons, actor.scope, body.personId, '候选人');
    if (person.townshipId !== election.townshipId) throw badRequest('personId', '该候选人不在本乡');
    return person;
  }
  const [created] = await tx
    .insert(persons)
    .values({
      countyId: election.countyId,
      townshipId: election.townshipId,
      villageId: election.villageId,
      name: body.name ?? '',
    })
    .returning();
  return created!;
}

function checkPledges(campaign: CampaignRow, election: ElectionRow, body: CandidateBody) {
  body.pledges.forEach((p, i) => {
    const [problem] = candidatePledgeProblems(campaign.config.categories, election.electionDate, p);
    if (problem) throw badRequest(problem.field, `第 ${i + 1} 项公开承诺：${problem.message}`);
  });
}

export async function addCandidate(
  tx: Tx,
  actor: Actor,
  electionId: string,
  body: CandidateBody,
  now = new Date(),
) {
  const { election, campaign } = await electionFor(tx, actor, electionId, 'add_candidate', now);
  const posts = election.posts as (typeof body.post)[];
  first(candidateProblems({ electionDate: election.electionDate, posts }, body));
  checkPledges(campaign, election, body);
  const person = await candidatePerson(tx, actor, election, body);
  const [dup] = await tx
    .select({ id: electionCandidates.id })
    .from(electionCandidates)
    .where(
      and(
        eq(electionCandidates.electionId, election.id),
        eq(electionCandidates.personId, person.id),
        eq(electionCandidates.post, body.post),
      ),
    );
  if (dup)
    throw conflict('CANDIDATE_EXISTS', `${person.name}已登记为${ELECTION_POST_LABELS[body.post]}候选人`);
  const tenant = {
    countyId: election.countyId,
    townshipId: election.townshipId,
    villageId: election.villageId,
  };
  const [candidate] = await tx
    .insert(electionCandidates)
    .values({
      ...tenant,
      electionId: election.id,
      personId: person.id,
      post: body.post,
      speech: body.speech,
      speechDate: body.speechDate,
    })
    .returning();
  await tx
    .insert(candidatePledges)
    .values(body.pledges.map((p, position) => ({ ...tenant, ...p, candidateId: candidate!.id, position })));
  await appendAudit(tx, asAuditActor(actor), {
    action: 'election.candidate',
    entity: 'election',
    entityId: election.id,
    countyId: election.countyId,
    townshipId: election.townshipId,
    after: {
      name: person.name,
      post: body.post,
      speechDate: body.speechDate,
      pledges: body.pledges.map((p) => p.title),
    },
  });
  return campaign;
}

/** Records who was elected (the others are recorded not elected); once per election. */
export async function recordResults(
  tx: Tx,
  actor: Actor,
  electionId: string,
  electedIds: string[],
  now = new Date(),
) {
  const { election, campaign } = await electionFor(tx, actor, electionId, 'record_results', now);
  const candidates = await tx
    .select({ id: electionCandidates.id, post: electionCandidates.post })
    .from(electionCandidates)
    .where(eq(electionCandidates.electionId, election.id));
  first(electedProblems(candidates, electedIds));
  for (const c of candidates)
    await tx
      .update(electionCandidates)
      .set({ elected: electedIds.includes(c.id) })
      .where(eq(electionCandidates.id, c.id));
  await tx.update(elections).set({ resultsRecordedAt: new Date() }).where(eq(elections.id, election.id));
  await appendAudit(tx, asAuditActor(actor), {
    action: 'election.results',
    entity: 'election',
    entityId: election.id,
    countyId: election.countyId,
    townshipId: election.townshipId,
    after: { electedIds },
  });
  return campaign;
}
