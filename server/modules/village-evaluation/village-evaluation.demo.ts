import { and, eq } from 'drizzle-orm';
import { type Actor, SYSTEM_ACTOR } from '../../core/actor.ts';
import type { Tx } from '../../db/client.ts';
import { campaigns, persons, users, villages } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { demoActor } from '../demo/demo-actors.ts';
import type { DemoStep } from '../demo/demo-county.ts';
import { DEMO_VILLAGES, type DemoVillage } from '../demo/demo-data.ts';
import { DEMO_FULFILMENT_YEAR, demoClerkUsername } from '../demo/demo-years.ts';
import { createMeeting, patchMeeting } from '../meetings/meetings.service.ts';
import { createPerson } from '../org/persons.service.ts';
import { certifyPoll } from '../polls/poll-certify.ts';
import { pollShape } from '../polls/poll-shape.ts';
import { enterTally } from '../polls/poll-tallies.ts';
import { closePoll, openPoll } from '../polls/polls.service.ts';
import { recordChair, startEvaluation } from './village-evaluation.service.ts';
import { activeParticipants } from './village-evaluation-context.ts';

/** Who chairs each village's 村务监督委员会 (愚公村's and 王屋村's are the supervision demo's supervisors). */
const CHAIRS: Record<string, string> = {
  愚公村: '周大山',
  王屋村: '孙秀英',
  太行村: '张德厚',
  北山村: '刘长海',
  南河村: '杨秀珍',
  东岭村: '孙广福',
  西坡村: '吴桂兰',
  石门村: '郑宝山',
  柳树湾村: '冯德才',
  杏花村: '何春花',
  青龙村: '马文斌',
  白石村: '朱永福',
};

/** The cadre the 2026 demo finds unqualified: more than half 不满意 of the valid votes (北山村). */
export const DEMO_UNQUALIFIED_CADRE = '刘福贵';

/** 愚公村 is still to be evaluated (its meeting recorded), 王屋村 has its poll drafted; the rest are certified. */
const NOT_STARTED = '愚公村';
const DRAFTED = '王屋村';
/**
 * 北山村 held its 2026 evaluation early, on 28 October: 刘福贵's admonishment, due a month after
 * that meeting, is overdue on the demo's 1 December (issue 11's demo).
 */
const EARLY = '北山村';

/** A chair's account username: `jw` + the village code's last four digits (`jd…` are the office's). */
const chairUsername = (village: DemoVillage) => `jw${village.code.slice(-4)}`;

export type Ctx = {
  tx: Tx;
  office: Actor;
  campaignId: string;
  year: number;
  villageIds: Record<string, string>;
};

/** The chair's roster person and supervisor account, created when the demo has none (no hashing). */
async function chairOf(ctx: Ctx, village: DemoVillage): Promise<{ personId: string; username: string }> {
  const { tx } = ctx;
  const villageId = ctx.villageIds[village.name]!;
  const name = CHAIRS[village.name]!;
  const [existing] = await tx
    .select({ personId: persons.id, username: users.username })
    .from(persons)
    .innerJoin(users, and(eq(users.personId, persons.id), eq(users.role, 'supervisor')))
    .where(and(eq(persons.villageId, villageId), eq(persons.name, name)));
  if (existing) return existing;
  const [person] = await tx
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.villageId, villageId), eq(persons.name, name)));
  const personId =
    person?.id ?? (await createPerson(tx, ctx.office, { villageId, name, partyMember: true })).id;
  const [template] = await tx.select().from(users).where(eq(users.username, 'supervisor'));
  const [user] = await tx
    .insert(users)
    .values({
      countyId: template!.countyId,
      townshipId: template!.townshipId,
      villageId,
      personId,
      username: chairUsername(village),
      displayName: `${name}（${village.name}村民监督员）`,
      role: 'supervisor',
      // The demo password (the `supervisor` login's hash): no extra hashing while the demo loads.
      passwordHash: template!.passwordHash,
    })
    .returning();
  await appendAudit(tx, SYSTEM_ACTOR, {
    action: 'account.create',
    entity: 'user',
    entityId: user!.id,
    countyId: user!.countyId,
    townshipId: user!.townshipId,
    after: { username: user!.username, role: user!.role, disabled: false },
  });
  return { personId, username: user!.username };
}

/** 应到 of the village's 党员和村民代表会议: party members and representatives, each person once. */
const eligibleOf = (v: DemoVillage) =>
  v.partyMembers + v.representatives - Math.floor(Math.min(v.partyMembers, v.representatives) / 3);

/** The village's 党员和村民代表会议 for the evaluation, with its attendance when `present` is given. */
async function evaluationMeeting(
  ctx: Ctx,
  village: DemoVillage,
  day: string,
  chair: string,
  present: boolean,
) {
  const eligible = eligibleOf(village);
  const meeting = await createMeeting(ctx.tx, ctx.office, {
    villageId: ctx.villageIds[village.name]!,
    kind: 'party_and_representative_assembly',
    title: `${village.name}党员和村民代表会议：${ctx.year}年度村干部述职和民主测评`,
    startsAt: `${day}T14:30:00+08:00`,
    place: `${village.name}村委会会议室`,
    host: chair,
    chair: '村务监督委员会',
    counters: ['李文华'],
    scrutineers: ['赵明亮'],
    campaignId: ctx.campaignId,
    eligible,
  });
  const attendance = eligible - 3 - (village.code.charCodeAt(11) % 4);
  if (present) await patchMeeting(ctx.tx, ctx.office, meeting.id, { attendance });
  return { meetingId: meeting.id, attendance };
}

/**
 * One question's paper count out of `total` returned valid-or-not ballots: mostly 满意, a few 不满意
 * and 不了解, a blank now and then; the unqualified cadre gets more than half 不满意 of the valid votes.
 */
function questionCount(total: number, seed: number, unqualified: boolean | 'again') {
  // Failed a second year running ('again'): a little less 不满意 than the first time, still over half.
  const failed = unqualified === 'again' ? [0.19, 0.13, 0.55] : [0.18, 0.12, 0.58];
  const share = unqualified ? failed : [0.58 + (seed % 5) * 0.03, 0.18, 0.03 + (seed % 3) * 0.02];
  const [satisfied, basically, unsatisfied] = share.map((s) => Math.floor(total * s)) as [
    number,
    number,
    number,
  ];
  const blank = seed % 2;
  const unknown = total - satisfied - basically - unsatisfied - blank;
  return { satisfied, basically, unsatisfied, unknown, blank };
}

/** Paper ballots counted in public, entered twice (the clerk, then the office), agreeing. */
export async function countPaper(
  ctx: Ctx,
  clerk: Actor,
  pollId: string,
  attendance: number,
  unqualified: Set<string>,
) {
  const shape = await pollShape(ctx.tx, pollId);
  const invalid = attendance % 2;
  const returned = attendance;
  const questions = shape.map((q, i) => {
    const failed =
      unqualified.has(q.label.split('（')[0]!) && (ctx.year === DEMO_FULFILMENT_YEAR ? 'again' : true);
    const c = questionCount(returned - invalid, attendance + i, failed);
    const id = (kind: string) => q.options.find((o) => o.kind === kind)!.id;
    return {
      questionId: q.id,
      blank: c.blank,
      counts: {
        [id('satisfied')]: c.satisfied,
        [id('basically_satisfied')]: c.basically,
        [id('unsatisfied')]: c.unsatisfied,
        [id('dont_know')]: c.unknown,
      },
    };
  });
  const tally = { issued: attendance, returned, invalid, questions };
  await enterTally(ctx.tx, clerk, pollId, { slot: 'counter', ...tally });
  await enterTally(ctx.tx, ctx.office, pollId, { slot: 'scrutineer', ...tally });
}

type Stage = 'meeting' | 'drafted' | 'certified';

/** One village's evaluation up to `stage`: chair recorded, meeting held, paper poll counted and certified. */
async function evaluateVillage(
  ctx: Ctx,
  village: DemoVillage,
  day: string,
  stage: Stage,
  unqualified: Set<string>,
) {
  const villageId = ctx.villageIds[village.name]!;
  const chair = await chairOf(ctx, village);
  await recordChair(ctx.tx, ctx.office, ctx.campaignId, villageId, { personId: chair.personId });
  const { meetingId, attendance } = await evaluationMeeting(
    ctx,
    village,
    day,
    CHAIRS[village.name]!,
    stage !== 'drafted',
  );
  if (stage === 'meeting') return;
  const clerk = await demoActor(ctx.tx, demoClerkUsername(village));
  const { pollId } = await startEvaluation(ctx.tx, clerk, ctx.campaignId, {
    villageId,
    meetingId,
    paperBallots: true,
    codes: 0,
  });
  if (stage === 'drafted') return;
  await openPoll(ctx.tx, clerk, pollId);
  await closePoll(ctx.tx, clerk, pollId);
  await countPaper(ctx, clerk, pollId, attendance, unqualified);
  await certifyPoll(ctx.tx, clerk, pollId, 'clerk');
  await certifyPoll(ctx.tx, await demoActor(ctx.tx, chair.username), pollId, 'host');
}

export async function contextOf(tx: Tx, campaignId: string): Promise<Ctx> {
  const [campaign] = await tx.select().from(campaigns).where(eq(campaigns.id, campaignId));
  if (!campaign) throw new Error(`demo: no campaign ${campaignId}`);
  const rows = await tx
    .select({ id: villages.id, name: villages.name })
    .from(villages)
    .where(eq(villages.townshipId, campaign.townshipId));
  return {
    tx,
    office: await demoActor(tx, 'office'),
    campaignId,
    year: campaign.year,
    villageIds: Object.fromEntries(rows.map((r) => [r.name, r.id])),
  };
}

/** The day of the i-th village's meeting: one village a day from 18 November of the year. */
const dayOf = (year: number, i: number) => `${year}-11-${String(18 + i).padStart(2, '0')}`;

/**
 * A finished year of 民主测评 for every demo village of the campaign (which is in 'evaluation'): each
 * village's chair recorded with an account, its 党员和村民代表会议 held, the paper ballots counted
 * twice and the result certified by the clerk and the chair. Nobody is unqualified unless named in
 * `unqualified` (persons' names: more than half 不满意).
 */
export async function demoVillageEvaluationYear(
  tx: Tx,
  campaignId: string,
  options: { complete: true; unqualified?: readonly string[] },
) {
  const ctx = await contextOf(tx, campaignId);
  for (const [i, village] of DEMO_VILLAGES.entries()) {
    const villageId = ctx.villageIds[village.name];
    // A village without participants that year has nobody to evaluate.
    if (!villageId || (await activeParticipants(tx, campaignId, [villageId])).length === 0) continue;
    await evaluateVillage(ctx, village, dayOf(ctx.year, i), 'certified', new Set(options.unqualified ?? []));
  }
}

/**
 * The 2026 demo (1 December, 评诺): ten villages evaluated and certified, 北山村's 刘福贵 unqualified
 * (more than half 不满意); 王屋村's poll drafted at a meeting whose attendance is not yet recorded (so it
 * cannot open); 愚公村's meeting recorded, its evaluation still to be started. Every chair recorded.
 */
export const seedVillageEvaluations: DemoStep = async (tx, ids) => {
  const campaignId = ids.campaignIds[DEMO_FULFILMENT_YEAR];
  if (!campaignId) return;
  const ctx = await contextOf(tx, campaignId);
  const unqualified = new Set([DEMO_UNQUALIFIED_CADRE]);
  for (const [i, village] of DEMO_VILLAGES.entries()) {
    const stage: Stage =
      village.name === NOT_STARTED ? 'meeting' : village.name === DRAFTED ? 'drafted' : 'certified';
    const day =
      village.name === NOT_STARTED
        ? `${DEMO_FULFILMENT_YEAR}-12-01`
        : village.name === EARLY
          ? `${DEMO_FULFILMENT_YEAR}-10-28`
          : dayOf(DEMO_FULFILMENT_YEAR, i);
    await evaluateVillage(ctx, village, day, stage, unqualified);
  }
};
