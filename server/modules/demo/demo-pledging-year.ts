import { and, eq } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import type { Tx } from '../../db/client.ts';
import { participants } from '../../db/schema/index.ts';
import { addDays } from '../../domain/local-time.ts';
import {
  campaignDetail,
  createCampaignIn,
  transitionCampaign,
  updateConfig,
} from '../campaigns/campaigns.service.ts';
import { createMeeting, patchMeeting } from '../meetings/meetings.service.ts';
import type { ModuleDefinition } from '../module.ts';
import { addPaperOpinion, addPublicOpinion, handleOpinion } from '../pledges/pledge-opinions.service.ts';
import { applySetVote, recordCommittee, startSetVote } from '../pledges/pledge-process.service.ts';
import { approveSet } from '../pledges/pledge-township.service.ts';
import { addPledge, solicit, updatePledge } from '../pledges/pledges.service.ts';
import { certifyPoll } from '../polls/poll-certify.ts';
import { pollShape } from '../polls/poll-shape.ts';
import { enterTally } from '../polls/poll-tallies.ts';
import { closePoll, openPoll } from '../polls/polls.service.ts';
import type { DemoOpinion, DemoPledge } from './demo-2026-data.ts';
import { demoActor } from './demo-actors.ts';
import type { DemoIds } from './demo-county.ts';
import { DEMO_TOWNSHIP, DEMO_VILLAGES, type DemoVillage } from './demo-data.ts';

/** One year of 承诺 as the demo township went through it, village by village. */
export type PledgingYear = {
  year: number;
  pledges: Record<string, DemoPledge[]>;
  opinions: DemoOpinion[];
  /** Local dates: the first 两委会议 and the first 党员和村民代表会议 (a village a day from there); the deadline. */
  dates: { committee: string; assembly: string; deadline: string };
  /** Usernames: each village's clerk, and the account hosting its confirmation meeting. */
  clerkOf: (village: DemoVillage) => string;
  hostOf: (village: DemoVillage) => string;
};

type Actors = { office: Actor; clerk: Actor; host: Actor };
type DemoSet = { cadre: string; setId: string; pledgeIds: string[] };
type VillageRun = { plan: PledgingYear; campaignId: string; village: DemoVillage; index: number };

/** 计票人 and 监票人 of each village's meeting (villagers, no accounts), by village order. */
const COUNTERS = [
  '李保平',
  '王春花',
  '张二牛',
  '刘玉兰',
  '杨小军',
  '孙桂英',
  '吴建设',
  '郑秋菊',
  '冯满囤',
  '何金凤',
  '马天顺',
  '朱秀梅',
];
const SCRUTINEERS = [
  '李明德',
  '王淑珍',
  '张德福',
  '刘长水',
  '杨秀珍',
  '孙守信',
  '吴凤英',
  '郑志刚',
  '冯桂兰',
  '何文斌',
  '马玉霞',
  '朱家宝',
];

/** A small deterministic spread, so counts look counted and stay the same on every load. */
const spread = (seed: string, range: number) =>
  [...seed].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 9973, 7) % range;

/** The demo township's cap on the share of 优秀. */
export const DEMO_TOP_GRADE_CAP = 0.3;

/**
 * Creates the year's campaign, sets its deadline, takes it into 承诺, takes every village's pledges
 * through opinions, 两委, the villagers' confirmation and township approval, then moves the year into
 * 践诺: each step by the service a person's request runs, as that person.
 */
export async function runPledgingYear(
  tx: Tx,
  ids: DemoIds,
  modules: readonly ModuleDefinition[],
  plan: PledgingYear,
): Promise<string> {
  const townshipId = ids.townshipIds[DEMO_TOWNSHIP]!;
  const office = await demoActor(tx, 'office');
  const unit = { countyId: ids.countyId, townshipId };
  const campaign = await createCampaignIn(tx, asAuditActor(office), unit, plan.year);
  ids.campaignIds[plan.year] = campaign.id;
  const { config } = await campaignDetail(tx, campaign, modules);
  // The township caps 优秀 at 30% of those graded, as most work plans do (so the cap shows in the results).
  const settings = {
    config: { ...config, commitmentDeadline: plan.dates.deadline, topGradeCap: DEMO_TOP_GRADE_CAP },
  };
  await updateConfig(tx, office, campaign.id, settings, modules);
  await transitionCampaign(tx, office, campaign.id, 'pledging', modules);
  for (const [index, village] of DEMO_VILLAGES.entries()) {
    const actors = {
      office,
      clerk: await demoActor(tx, plan.clerkOf(village)),
      host: await demoActor(tx, plan.hostOf(village)),
    };
    await runVillage(tx, ids, { plan, campaignId: campaign.id, village, index }, actors);
  }
  await transitionCampaign(tx, office, campaign.id, 'fulfilment', modules);
  return campaign.id;
}

async function runVillage(tx: Tx, ids: DemoIds, run: VillageRun, actors: Actors) {
  const { plan, campaignId, village, index } = run;
  const { clerk, office } = actors;
  const villageId = ids.villageIds[village.name]!;
  const [secretary, director] = village.cadres;
  const cadres = secretary === director ? [secretary] : [secretary, director];
  const sets: DemoSet[] = [];
  for (const cadre of cadres) sets.push(await draftAndPublish(tx, ids, clerk, campaignId, cadre, plan));
  for (const opinion of plan.opinions.filter((o) => cadres.includes(o.cadre))) {
    await giveOpinion(tx, clerk, villageId, sets.find((s) => s.cadre === opinion.cadre)!, opinion);
  }
  const committee = await createMeeting(tx, clerk, {
    villageId,
    kind: 'two_committees',
    title: `${village.name}两委会议：研究${plan.year}年度承诺事项`,
    startsAt: `${addDays(plan.dates.committee, index)}T09:00:00+08:00`,
    place: `${village.name}村委会会议室`,
    host: secretary,
    counters: [],
    scrutineers: [],
    campaignId,
    eligible: cadres.length === 1 ? 5 : 7,
  });
  for (const { setId } of sets) {
    const note = '逐项研究，同意提交党员和村民代表会议表决';
    await recordCommittee(tx, clerk, setId, { meetingId: committee.id, passed: true, note });
  }
  await confirmationVote(tx, villageId, run, sets, actors);
  for (const { setId } of sets) await approveSet(tx, office, setId, '经审核，承诺事项符合要求，同意。');
}

/** The clerk enters the cadre's drafts and puts them on the village's page for opinions. */
async function draftAndPublish(
  tx: Tx,
  ids: DemoIds,
  clerk: Actor,
  campaignId: string,
  cadre: string,
  plan: PledgingYear,
): Promise<DemoSet> {
  const [participant] = await tx
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.campaignId, campaignId), eq(participants.personId, ids.personIds[cadre]!)));
  const rows = [];
  for (const body of plan.pledges[cadre] ?? []) rows.push(await addPledge(tx, clerk, participant!.id, body));
  const set = await solicit(tx, clerk, rows[0]!.setId);
  return { cadre, setId: set.id, pledgeIds: rows.map((r) => r.id) };
}

async function giveOpinion(tx: Tx, clerk: Actor, villageId: string, set: DemoSet, o: DemoOpinion) {
  const pledgeId = set.pledgeIds[o.pledge]!;
  const body = { pledgeId, content: o.content, ...(o.name ? { name: o.name } : {}) };
  const { id } =
    o.source === 'public'
      ? await addPublicOpinion(tx, villageId, { ...body, pledgeSetId: set.setId })
      : await addPaperOpinion(tx, clerk, set.setId, body);
  await handleOpinion(tx, clerk, id, { handling: o.handling, note: o.note });
  if (o.revise) await updatePledge(tx, clerk, pledgeId, { ...o.revise, reason: `采纳村民意见：${o.note}` });
}

/**
 * The 党员和村民代表会议 that confirms the pledges: one paper vote per cadre, counted on two sheets
 * entered by two accounts (the clerk, the office) that agree, certified by the clerk and the host.
 */
async function confirmationVote(tx: Tx, villageId: string, run: VillageRun, sets: DemoSet[], actors: Actors) {
  const { plan, campaignId, village, index } = run;
  const { clerk, office, host } = actors;
  const eligible = village.partyMembers + village.representatives - Math.floor(village.representatives * 0.3);
  const attendance = eligible - 2 - spread(village.name, 6);
  const meeting = await createMeeting(tx, clerk, {
    villageId,
    kind: 'party_and_representative_assembly',
    title: `${village.name}党员和村民代表会议：${plan.year}年度承诺事项表决`,
    startsAt: `${addDays(plan.dates.assembly, index)}T14:30:00+08:00`,
    place: `${village.name}村委会大院`,
    host: host.displayName.slice(0, 50),
    hostUserId: host.userId,
    chair: '村务监督委员会',
    counters: [COUNTERS[index % COUNTERS.length]!],
    scrutineers: [SCRUTINEERS[index % SCRUTINEERS.length]!],
    campaignId,
    eligible,
  });
  const minutes = `应到${eligible}人，实到${attendance}人。会议听取了村干部${plan.year}年度承诺事项及征求意见处理情况的说明，以无记名投票方式逐项表决。`;
  await patchMeeting(tx, clerk, meeting.id, { attendance, minutes });
  for (const { setId } of sets) {
    const { pollId } = await startSetVote(tx, clerk, setId, { meetingId: meeting.id });
    await openPoll(tx, clerk, pollId);
    await closePoll(tx, clerk, pollId);
    const invalid = spread(setId, 2);
    const valid = attendance - invalid;
    const questions = (await pollShape(tx, pollId)).map((q) => {
      const unsatisfied = 1 + spread(q.label, 6);
      const counts = Object.fromEntries(
        // Every valid ballot answered each pledge: none left it blank or chose 弃权.
        q.options.map((o) => [
          o.id,
          o.kind === 'unsatisfied' ? unsatisfied : o.kind === 'satisfied' ? valid - unsatisfied : 0,
        ]),
      );
      return { questionId: q.id, counts };
    });
    const tally = { issued: attendance, returned: attendance, invalid, questions };
    await enterTally(tx, clerk, pollId, { slot: 'counter', ...tally });
    await enterTally(tx, office, pollId, { slot: 'scrutineer', ...tally });
    await certifyPoll(tx, clerk, pollId, 'clerk');
    await certifyPoll(tx, host, pollId, 'host');
    await applySetVote(tx, clerk, setId);
  }
}
