import { and, eq, inArray } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { AppError, badRequest, conflict } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { evaluationChairs, meetings, persons, polls, users } from '../../db/schema/index.ts';
import { VILLAGE_EVALUATION_RULE } from '../../domain/evaluation/village-evaluation.ts';
import { PHASE_LABELS } from '../../domain/phases.ts';
import { evaluationOpenProblem } from '../../domain/policies/poll.ts';
import {
  type VillageEvaluationFacts,
  type VillageEvaluationState,
  villageEvaluationActions,
  villageEvaluationRefusal,
} from '../../domain/policies/village-evaluation.ts';
import { MEETING_KIND_LABELS, type MeetingKind } from '../../domain/voting/meeting-kinds.ts';
import { OPTION_KIND_LABELS } from '../../domain/voting/option-kinds.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { configOf, meetingInScope, quorumOfMeeting } from '../meetings/meetings.service.ts';
import { issueCodes } from '../polls/poll-codes.ts';
import { evaluationQuorumFacts } from '../polls/poll-facts.ts';
import { createPoll } from '../polls/polls.service.ts';
import type { ChairBody, StartBody } from './village-evaluation.schema.ts';
import {
  activeParticipants,
  type CampaignRow,
  campaignInScope,
  chairsOf,
  supervisorAccounts,
  villageOfCampaign,
  villagesOfCampaign,
} from './village-evaluation-context.ts';
import { campaignEvaluationPolls, readVillageEvaluations } from './village-evaluation-results.ts';

/** Where a 民主测评 is held (DESIGN §2.4.2): a 村民会议 or a 党员和村民代表会议 of the village. */
export const EVALUATION_MEETING_KINDS: readonly MeetingKind[] = [
  'villager_assembly',
  'party_and_representative_assembly',
];

export const STATE_LABELS: Record<VillageEvaluationState, string> = {
  not_started: '未开始',
  draft: '已建表决，未开始投票',
  open: '投票中',
  closed: '投票已结束，待确认',
  certified: '已确认',
};

type EvaluationPolls = Awaited<ReturnType<typeof campaignEvaluationPolls>>;

/** The village's current evaluation poll: its latest (a correction comes after what it corrects). */
const currentPoll = (rows: EvaluationPolls, villageId: string) =>
  rows.filter((r) => r.villageId === villageId).at(-1);

type PollDetail = { poll: typeof polls.$inferSelect; meeting: typeof meetings.$inferSelect };

/** The polls with their meetings, by poll id. */
async function pollDetails(db: Queryable, ids: string[]): Promise<Map<string, PollDetail>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ poll: polls, meeting: meetings })
    .from(polls)
    .innerJoin(meetings, eq(meetings.id, polls.meetingId))
    .where(inArray(polls.id, ids));
  return new Map(rows.map((r) => [r.poll.id, r]));
}

/** The facts the village policy decides on, for one village. */
async function villageFacts(
  db: Queryable,
  actor: Actor,
  campaign: CampaignRow,
  villageId: string,
): Promise<VillageEvaluationFacts> {
  const poll = currentPoll(await campaignEvaluationPolls(db, campaign.id), villageId);
  const details = poll ? (await pollDetails(db, [poll.id])).get(poll.id) : null;
  const chairs = await chairsOf(db, campaign.id);
  return {
    actor: { role: actor.role },
    phase: campaign.phase,
    state: poll?.status ?? 'not_started',
    hasChair: chairs.has(villageId),
    hostCertified: Boolean(details?.poll.hostCertifiedBy),
  };
}

/**
 * Every village's 民主测评 of the campaign as the caller sees it: not started, in progress (with
 * its poll, and why it cannot open yet), or certified with each participant's result; the chair;
 * the meetings it may be started at; what the caller may do.
 */
export async function evaluationOverview(db: Queryable, actor: Actor, campaignId: string) {
  // One query at a time: db may be a transaction, which runs on one connection.
  const campaign = await campaignInScope(db, actor, campaignId);
  const config = await configOf(db, campaign.id);
  const villageRows = await villagesOfCampaign(db, actor, campaign);
  const villageIds = villageRows.map((v) => v.id);
  const people = await activeParticipants(db, campaign.id, villageIds);
  const candidates = await supervisorAccounts(db, villageIds);
  const chairs = await chairsOf(db, campaign.id);
  const pollRows = await campaignEvaluationPolls(db, campaign.id);
  const results = await readVillageEvaluations(db, campaign.id);
  const current = villageRows.flatMap((v) => currentPoll(pollRows, v.id) ?? []);
  const details = await pollDetails(
    db,
    current.map((p) => p.id),
  );
  const meetingRows = villageIds.length
    ? await db
        .select()
        .from(meetings)
        .where(
          and(
            eq(meetings.campaignId, campaign.id),
            inArray(meetings.villageId, villageIds),
            inArray(meetings.kind, [...EVALUATION_MEETING_KINDS]),
          ),
        )
    : [];
  const chairNames = await personNames(
    db,
    [...chairs.values()].map((c) => c.personId),
  );
  const accountNames = await usernames(
    db,
    [...chairs.values()].map((c) => c.userId),
  );
  const villagesView = villageRows.map((v) => {
    const poll = current.find((p) => p.villageId === v.id);
    const detail = poll ? details.get(poll.id) : undefined;
    const chair = chairs.get(v.id);
    const ofVillage = people.filter((p) => p.villageId === v.id);
    const state: VillageEvaluationState = poll?.status ?? 'not_started';
    const facts: VillageEvaluationFacts = {
      actor: { role: actor.role },
      phase: campaign.phase,
      state,
      hasChair: Boolean(chair),
      hostCertified: Boolean(detail?.poll.hostCertifiedBy),
    };
    return {
      villageId: v.id,
      villageName: v.name,
      state,
      stateLabel: STATE_LABELS[state],
      chair: chair
        ? {
            personId: chair.personId,
            name: chairNames.get(chair.personId) ?? '',
            userId: chair.userId,
            account: accountNames.get(chair.userId) ?? '',
            isSubject: ofVillage.some((p) => p.personId === chair.personId),
          }
        : null,
      chairCandidates: candidates
        .filter((c) => c.villageId === v.id)
        .map(({ personId, name, userId, account }) => ({ personId, name, userId, account })),
      poll:
        poll && detail
          ? {
              id: poll.id,
              title: detail.poll.title,
              status: poll.status,
              meetingId: detail.meeting.id,
              meetingTitle: detail.meeting.title,
              openProblem:
                poll.status === 'draft'
                  ? evaluationOpenProblem(evaluationQuorumFacts(detail.poll.quorumPreset, detail.meeting))
                  : null,
              certifiedAt: poll.certifiedAt?.toISOString() ?? null,
            }
          : null,
      meetings: meetingRows
        .filter((m) => m.villageId === v.id)
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
        .map((m) => ({
          id: m.id,
          title: m.title,
          kindLabel: MEETING_KIND_LABELS[m.kind],
          startsAt: m.startsAt.toISOString(),
          eligible: m.eligible,
          attendance: m.attendance,
          quorumMet: quorumOfMeeting(m, config.quorumPreset).met,
        })),
      participants: ofVillage.map((p) => ({
        participantId: p.participantId,
        name: p.name,
        post: p.post,
        result: results.get(p.participantId) ?? null,
      })),
      allowedActions: villageEvaluationActions(facts),
    };
  });
  return {
    campaign: {
      id: campaign.id,
      year: campaign.year,
      phase: campaign.phase,
      phaseLabel: PHASE_LABELS[campaign.phase],
    },
    optionScores: config.evaluationScores,
    rule: VILLAGE_EVALUATION_RULE,
    villages: villagesView,
  };
}

async function personNames(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: persons.id, name: persons.name })
    .from(persons)
    .where(inArray(persons.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function usernames(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.username]));
}

/** The four options of every question, by kind; their scores come from the campaign config. */
const EVALUATION_OPTIONS = (['satisfied', 'basically_satisfied', 'unsatisfied', 'dont_know'] as const).map(
  (kind) => ({ label: OPTION_KIND_LABELS[kind], kind }),
);

/** The meeting the evaluation is held at: the village's, of this campaign, of an evaluating kind. */
async function evaluatingMeeting(tx: Tx, actor: Actor, campaign: CampaignRow, body: StartBody) {
  const meeting = await meetingInScope(tx, actor.scope, body.meetingId);
  if (meeting.villageId !== body.villageId || meeting.campaignId !== campaign.id) {
    throw badRequest('meetingId', `“测评会议”须为本村${campaign.year}年度的会议`);
  }
  if (!EVALUATION_MEETING_KINDS.includes(meeting.kind)) {
    throw badRequest('meetingId', '“测评会议”：民主测评在村民会议或党员和村民代表会议上进行');
  }
  if (body.codes > 0 && meeting.attendance === null) {
    throw badRequest('codes', '请先在会议记录中登记“实到人数”，再生成手机选票码');
  }
  return meeting;
}

/**
 * Starts a village's 民主测评 (one use case, one transaction): at a recorded meeting of the village,
 * a draft poll of purpose 'democratic_evaluation' with one question per active participant (满意 /
 * 基本满意 / 不满意 / 不了解, scores from the campaign config, stored with the poll), paper ballots
 * and/or phone codes generated now. The poll is then run on its page; the village's
 * 村务监督委员会主任 certifies it as host.
 */
export async function startEvaluation(tx: Tx, actor: Actor, campaignId: string, body: StartBody) {
  const campaign = await campaignInScope(tx, actor, campaignId);
  const village = await villageOfCampaign(tx, actor, campaign, body.villageId);
  const refusal = villageEvaluationRefusal(await villageFacts(tx, actor, campaign, village.id), 'start');
  if (refusal) throw refusal;
  if (!body.paperBallots && body.codes === 0) {
    throw badRequest('paperBallots', '请使用纸质选票，或填写手机选票码数量（两种可以同时使用）');
  }
  const meeting = await evaluatingMeeting(tx, actor, campaign, body);
  const subjects = await activeParticipants(tx, campaign.id, [village.id]);
  if (subjects.length === 0) throw conflict('NO_PARTICIPANTS', `${village.name}本年度没有需要测评的承诺主体`);
  const poll = await createPoll(tx, actor, meeting.id, {
    title: `${village.name}${campaign.year}年度村干部民主测评`,
    purpose: 'democratic_evaluation',
    paperBallots: body.paperBallots,
    questions: subjects.map((p) => ({
      label: `${p.name}（${p.post}）`,
      subjectType: 'participant' as const,
      subjectId: p.participantId,
      options: EVALUATION_OPTIONS,
    })),
  });
  const issued = body.codes > 0 ? await codesFor(tx, actor, poll.id, body.codes) : null;
  await appendAudit(tx, asAuditActor(actor), {
    action: 'village_evaluation.start',
    entity: 'poll',
    entityId: poll.id,
    countyId: poll.countyId,
    townshipId: poll.townshipId,
    after: {
      campaignId,
      villageId: village.id,
      meetingId: meeting.id,
      participantIds: subjects.map((p) => p.participantId),
      paperBallots: body.paperBallots,
      codes: body.codes,
    },
  });
  return { pollId: poll.id, codes: issued?.codes ?? [], batch: issued?.batch ?? null };
}

/** The poll engine's codes, its refusal named by this form's field. */
async function codesFor(tx: Tx, actor: Actor, pollId: string, count: number) {
  try {
    return await issueCodes(tx, actor, pollId, count);
  } catch (error) {
    if (error instanceof AppError && error.field === 'count') throw badRequest('codes', error.message);
    throw error;
  }
}

/**
 * Records the village's 村务监督委员会主任 for the campaign: a person of the village's roster with an
 * enabled 村民监督员 account, whose account certifies the 民主测评 as host. Replaces an earlier record
 * until the host certification is given.
 */
export async function recordChair(
  tx: Tx,
  actor: Actor,
  campaignId: string,
  villageId: string,
  body: ChairBody,
) {
  const campaign = await campaignInScope(tx, actor, campaignId);
  const village = await villageOfCampaign(tx, actor, campaign, villageId);
  const refusal = villageEvaluationRefusal(
    await villageFacts(tx, actor, campaign, village.id),
    'record_chair',
  );
  if (refusal) throw refusal;
  const person = await findInScope(tx, persons, actor.scope, body.personId, '人员');
  if (person.villageId !== village.id) {
    throw badRequest('personId', `“村务监督委员会主任”须为${village.name}的人员，${person.name}不是`);
  }
  const [account] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.personId, person.id), eq(users.role, 'supervisor'), eq(users.disabled, false)));
  if (!account) {
    throw badRequest(
      'personId',
      `“村务监督委员会主任”：${person.name}还没有村民监督员账号，请先在“账号管理”中为其开设账号`,
    );
  }
  const before = (await chairsOf(tx, campaign.id)).get(village.id) ?? null;
  const now = new Date();
  const [after] = await tx
    .insert(evaluationChairs)
    .values({
      countyId: village.countyId,
      townshipId: village.townshipId,
      villageId: village.id,
      campaignId: campaign.id,
      personId: person.id,
      userId: account.id,
      recordedBy: actor.displayName,
    })
    .onConflictDoUpdate({
      target: [evaluationChairs.campaignId, evaluationChairs.villageId],
      set: { personId: person.id, userId: account.id, recordedBy: actor.displayName, updatedAt: now },
    })
    .returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: 'evaluation_chair.record',
    entity: 'evaluation_chair',
    entityId: after!.id,
    countyId: after!.countyId,
    townshipId: after!.townshipId,
    before,
    after: { ...after, personName: person.name },
  });
  return after!;
}
