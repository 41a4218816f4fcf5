import { and, eq } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest, notFound, refuse } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { participants, persons, removalCaseSteps, removalCases } from '../../db/schema/index.ts';
import { localToday } from '../../domain/local-time.ts';
import { type SanctionAction, sanctionRefusal } from '../../domain/policies/sanctions.ts';
import { futureDateProblem, nextCaseStep } from '../../domain/sanctions/due-process.ts';
import { recallProposalCheck, recallProposalProblem } from '../../domain/sanctions/recall-proposal.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import { meetingInScope } from '../meetings/meetings.service.ts';
import { townshipZone } from '../pledges/township-zone.ts';
import { createPoll } from '../polls/polls.service.ts';
import { RECALL_MEETING_KIND, recallFactsOf } from './recall-read.ts';
import type { RecallProposalBody, RecallVoteBody } from './sanctions.schema.ts';

/** The case, locked, once the policy allows the office this recall action on it. */
async function caseFor(tx: Tx, actor: Actor, caseId: string, action: SanctionAction) {
  const row = await findInScope(tx, removalCases, actor.scope, caseId, '案件', { lock: true });
  const campaign = await findCampaign(tx, actor.scope, row.campaignId);
  const steps = await tx
    .select({ step: removalCaseSteps.step })
    .from(removalCaseSteps)
    .where(eq(removalCaseSteps.caseId, row.id));
  refuse(
    sanctionRefusal(
      {
        role: actor.role,
        phase: campaign.phase,
        closed: row.closedAt !== null,
        nextStep: nextCaseStep(steps.map((s) => s.step)),
        recall: await recallFactsOf(tx, row),
      },
      action,
    ),
  );
  return { row, campaign };
}

/**
 * Records the villagers' recall proposal (罢免要求) on the case: the signatures and what they are out
 * of. Refused, with the law's rule and the numbers, when it reaches neither a fifth of the voters nor
 * a third of the representatives; nothing is stored then.
 */
export async function recordRecallProposal(tx: Tx, actor: Actor, caseId: string, body: RecallProposalBody) {
  const { row, campaign } = await caseFor(tx, actor, caseId, 'propose_recall');
  const { on, ...proposal } = body;
  const wrong = recallProposalProblem(proposal);
  if (wrong) throw badRequest(wrong.field, wrong.message);
  const future = futureDateProblem('提出日期', on, localToday(await townshipZone(tx, row.townshipId)));
  if (future) throw badRequest('on', future);
  const check = recallProposalCheck(proposal);
  if (!check.met) throw badRequest('voterSignatures', check.rule);
  await tx
    .update(removalCases)
    .set({
      recallVoterSignatures: proposal.voterSignatures,
      recallRegisteredVoters: proposal.registeredVoters,
      recallRepresentativeSignatures: proposal.representativeSignatures,
      recallRepresentatives: proposal.representatives,
      recallProposedOn: on,
    })
    .where(eq(removalCases.id, row.id));
  await appendAudit(tx, asAuditActor(actor), {
    action: 'removal_case.recall_proposal',
    entity: 'removal_case',
    entityId: row.id,
    countyId: row.countyId,
    townshipId: row.townshipId,
    after: { ...body, rule: check.rule },
  });
  return campaign;
}

/**
 * Starts the recall vote of a case whose proposal is met: a draft poll of purpose 'recall' at one of
 * the village's 村民会议, through the polls service (so it is counted, certified and frozen like any
 * vote), its one question about recalling the cadre, linked to the case.
 */
export async function startRecallVote(tx: Tx, actor: Actor, caseId: string, body: RecallVoteBody) {
  const { row, campaign } = await caseFor(tx, actor, caseId, 'start_recall_vote');
  const meeting = await meetingInScope(tx, actor.scope, body.meetingId);
  if (meeting.villageId !== row.villageId || meeting.kind !== RECALL_MEETING_KIND)
    throw badRequest('meetingId', '罢免表决须在本村的村民会议上进行，请选择本村的村民会议');
  if (meeting.campaignId !== null && meeting.campaignId !== row.campaignId)
    throw badRequest('meetingId', '所选会议不属于本案件的考评年度');
  const [subject] = await tx
    .select({ id: participants.id, name: persons.name })
    .from(participants)
    .innerJoin(persons, eq(persons.id, participants.personId))
    .where(and(eq(participants.campaignId, row.campaignId), eq(participants.personId, row.personId)));
  if (!subject) throw notFound('承诺主体');
  const poll = await createPoll(tx, actor, meeting.id, {
    title: `罢免村民委员会主任${subject.name}`,
    purpose: 'recall',
    paperBallots: true,
    questions: [
      {
        label: `是否同意罢免${subject.name}的村民委员会主任职务`,
        subjectType: 'participant',
        subjectId: subject.id,
        options: [
          { label: '同意', kind: 'approve' },
          { label: '不同意', kind: 'reject' },
          { label: '弃权', kind: 'abstain' },
        ],
      },
    ],
  });
  await tx.update(removalCases).set({ recallPollId: poll.id }).where(eq(removalCases.id, row.id));
  await appendAudit(tx, asAuditActor(actor), {
    action: 'removal_case.recall_vote',
    entity: 'removal_case',
    entityId: row.id,
    countyId: row.countyId,
    townshipId: row.townshipId,
    after: { pollId: poll.id, meetingId: meeting.id },
  });
  return campaign;
}
