import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Tx } from '../../db/client.ts';
import { campaigns, persons, users } from '../../db/schema/index.ts';
import type { RecognitionLevel } from '../../domain/evaluation/inspection-score.ts';
import type { InspectionStatus } from '../../domain/evaluation/types.ts';
import { createAccount } from '../accounts/accounts.service.ts';
import { demoActor } from '../demo/demo-actors.ts';
import type { DemoStep } from '../demo/demo-county.ts';
import { DEMO_PASSWORD } from '../demo/demo-data.ts';
import { DEMO_FULFILMENT_YEAR } from '../demo/demo-years.ts';
import { type PreparedFile, photosField, prepareFile } from '../files/uploads.ts';
import { createPerson } from '../org/persons.service.ts';
import { demoPhoto } from '../progress/demo-photos.ts';
import { latestProgress } from '../progress/progress-latest.ts';
import type { ItemBody } from './inspection.schema.ts';
import { inspectedPledges, townshipVillages } from './inspection-data.ts';
import { changeVillage, recordItem } from './items.service.ts';
import { assignVillages, createTeam } from './teams.service.ts';

type MemberKind = 'township_cadre' | 'party_representative' | 'villager_representative';
type DemoMember = { name: string; village: string; kind: MemberKind; partyMember: boolean };
type DemoTeam = {
  name: string;
  leader: DemoMember;
  others: DemoMember[];
  villages: string[];
  username: string;
};

/**
 * The demo township's three 考察组: a township cadre leads each, with a party-member and a villager
 * representative; no member inspects their own village. 孙海燕 is the demo `inspector` login.
 */
export const DEMO_TEAMS: DemoTeam[] = [
  {
    name: '第一考察组',
    username: 'inspector',
    leader: { name: '孙海燕', village: '石门村', kind: 'township_cadre', partyMember: true },
    others: [
      { name: '郭秀珍', village: '青龙村', kind: 'party_representative', partyMember: true },
      { name: '田有福', village: '白石村', kind: 'villager_representative', partyMember: false },
    ],
    villages: ['愚公村', '王屋村', '太行村', '北山村'],
  },
  {
    name: '第二考察组',
    username: 'inspector2',
    leader: { name: '刘志刚', village: '愚公村', kind: 'township_cadre', partyMember: true },
    others: [
      { name: '宋桂兰', village: '王屋村', kind: 'party_representative', partyMember: true },
      { name: '曹满囤', village: '太行村', kind: 'villager_representative', partyMember: false },
    ],
    villages: ['南河村', '东岭村', '西坡村', '石门村'],
  },
  {
    name: '第三考察组',
    username: 'inspector3',
    leader: { name: '苏建民', village: '北山村', kind: 'township_cadre', partyMember: true },
    others: [
      { name: '潘玉梅', village: '南河村', kind: 'party_representative', partyMember: true },
      { name: '姜福来', village: '东岭村', kind: 'villager_representative', partyMember: false },
    ],
    villages: ['柳树湾村', '杏花村', '青龙村', '白石村'],
  },
];

/** The roster person of that name in that village, added when missing. */
async function rosterPerson(tx: Tx, office: Actor, villageId: string, m: DemoMember) {
  const [found] = await tx
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.villageId, villageId), eq(persons.name, m.name)));
  if (found) return found.id;
  return (await createPerson(tx, office, { villageId, name: m.name, partyMember: m.partyMember })).id;
}

/** The team leader's 考察组成员 login (the demo password, hash shared with the demo `inspector`). */
async function leaderActor(tx: Tx, office: Actor, team: DemoTeam, personId: string): Promise<Actor> {
  const [existing] = await tx.select().from(users).where(eq(users.username, team.username));
  if (existing) {
    if (!existing.personId) await tx.update(users).set({ personId }).where(eq(users.id, existing.id));
    return demoActor(tx, team.username);
  }
  const [model] = await tx
    .select({ hash: users.passwordHash })
    .from(users)
    .where(eq(users.username, 'inspector'));
  await createAccount(
    tx,
    office,
    { role: 'inspector', personId, username: team.username },
    { plain: DEMO_PASSWORD, hash: model!.hash },
  );
  await tx.update(users).set({ mustChangePassword: false }).where(eq(users.username, team.username));
  return demoActor(tx, team.username);
}

/** Forms the three teams on the campaign and assigns every village; returns each team's leader actor. */
async function formTeams(tx: Tx, campaignId: string) {
  const office = await demoActor(tx, 'office');
  const [campaign] = await tx.select().from(campaigns).where(eq(campaigns.id, campaignId));
  const villageIds = new Map((await townshipVillages(tx, campaign!.townshipId)).map((v) => [v.name, v.id]));
  const leaders = new Map<string, Actor>();
  for (const team of DEMO_TEAMS) {
    const members = [team.leader, ...team.others];
    const ids: string[] = [];
    for (const m of members) ids.push(await rosterPerson(tx, office, villageIds.get(m.village)!, m));
    const row = await createTeam(tx, office, campaignId, {
      name: team.name,
      members: members.map((m, i) => ({ personId: ids[i]!, kind: m.kind })),
      leaderPersonId: ids[0]!,
    });
    await assignVillages(
      tx,
      office,
      row.id,
      team.villages.flatMap((v) => (villageIds.has(v) ? [villageIds.get(v)!] : [])),
    );
    leaders.set(team.name, await leaderActor(tx, office, team, ids[0]!));
  }
  return { office, leaders, villageIds };
}

const NOTES: Record<InspectionStatus, string[]> = {
  completed: ['现场查看已按承诺标准完成，群众满意。', '实地查验完成，台账资料齐全，村民代表确认。'],
  basically_completed: ['主体已完成，附属工程收尾中。'],
  in_progress: ['正在施工，进度与村里报告基本一致。', '推进中，部分材料未到位。'],
  not_completed: ['现场未见实质进展，需督促落实。'],
};

/**
 * A pledge of a finished earlier year (no progress records in the demo): most were done and the
 * villagers say so, some basically done, a few still under way; `index` spreads them across cadres.
 */
function finishedYearFinding(
  index: number,
  item: (s: InspectionStatus, percent: number, r: RecognitionLevel) => ItemBody,
): ItemBody {
  const slot = (index * 7) % 13;
  if (slot < 7) return item('completed', 100, 'recognized');
  if (slot < 9) return item('completed', 100, 'basically_recognized');
  if (slot < 11) return item('basically_completed', 92, 'basically_recognized');
  if (slot < 12) return item('in_progress', 70, 'basically_recognized');
  return item('not_completed', 35, 'not_recognized');
}

/**
 * What the team finds on site in late November, from the pledge's latest progress report: much of
 * what was under way has been finished since (or was done without being reported), a little is
 * still stuck; the position in the list gives the variety.
 */
export function demoFinding(
  index: number,
  latest: { status: string; percent: number } | undefined,
  finishedYear = false,
): ItemBody {
  const note = (s: InspectionStatus) => NOTES[s][index % NOTES[s].length]!;
  const item = (
    status: InspectionStatus,
    progressPercent: number,
    recognition: RecognitionLevel,
  ): ItemBody => ({
    status,
    progressPercent,
    recognition,
    note: note(status),
  });
  const liked: RecognitionLevel = index % 5 === 3 ? 'basically_recognized' : 'recognized';
  switch (latest?.status) {
    case 'done':
      return index % 7 === 4 ? item('basically_completed', 90, liked) : item('completed', 100, liked);
    case 'in_progress':
      return index % 3 === 0
        ? item('in_progress', Math.min(95, latest!.percent + 25), 'basically_recognized')
        : item('completed', 100, liked);
    case 'blocked':
      return index % 2
        ? item('basically_completed', 85, 'basically_recognized')
        : item('in_progress', 60, 'basically_recognized');
    case 'not_started':
      return index % 2
        ? item('in_progress', 40, 'basically_recognized')
        : item('not_completed', 10, 'not_recognized');
    default:
      if (finishedYear) return finishedYearFinding(index, item);
      return index % 3 === 0
        ? item('not_completed', 0, 'not_recognized')
        : item('completed', 100, 'basically_recognized');
  }
}

async function photo(seed: number, caption: string): Promise<PreparedFile> {
  return prepareFile(
    photosField(),
    `IMG_20261125_${seed}.jpg`,
    await demoPhoto(900 + seed, caption, '2026-11-25'),
  );
}

/** Photos by pledge index, a pledge left for later (by index), and how far the village got. */
type Plan = {
  photos?: Map<number, PreparedFile>;
  leave?: number;
  submit: boolean;
  lock: boolean;
  /** An earlier year without progress records: findings of a year that is over. */
  finishedYear?: boolean;
};

/** One village inspected by its team's leader, pledge by pledge, then submitted and maybe locked. */
async function inspectVillage(
  tx: Tx,
  leader: Actor,
  office: Actor,
  campaignId: string,
  villageId: string,
  plan: Plan,
  variety: number,
) {
  const rows = await inspectedPledges(tx, campaignId, villageId);
  const latest = await latestProgress(
    tx,
    rows.map((r) => r.pledge.id),
  );
  for (const [i, row] of rows.entries()) {
    if (plan.leave === i) continue;
    const found = demoFinding(variety + i, latest.get(row.pledge.id) ?? undefined, plan.finishedYear);
    const photos = plan.photos?.get(i);
    await recordItem(tx, leader, row.pledge.id, found, photos ? [photos] : []);
  }
  if (rows.length === 0) return;
  if (plan.submit) await changeVillage(tx, leader, campaignId, villageId, 'submit');
  if (plan.lock) await changeVillage(tx, office, campaignId, villageId, 'lock');
}

/**
 * A finished year of inspection on a campaign in 评诺 (the lead's archived 2025): the three teams,
 * every village inspected, submitted and locked. No photos (fast).
 */
export async function demoInspectionYear(tx: Tx, campaignId: string, _options: { complete: true }) {
  const { office, leaders, villageIds } = await formTeams(tx, campaignId);
  let variety = 0;
  for (const team of DEMO_TEAMS) {
    for (const name of team.villages) {
      const villageId = villageIds.get(name);
      if (!villageId) continue;
      variety += 5;
      const plan = { submit: true, lock: true, finishedYear: true };
      await inspectVillage(tx, leaders.get(team.name)!, office, campaignId, villageId, plan, variety);
    }
  }
}

/**
 * 1 December 2026: the teams have been out for a week. Ten villages inspected and submitted (the
 * second and third teams' locked by the office), 愚公村 in progress with its second pledge (the one
 * its supervisor reported behind) left for the demo `inspector`, 青龙村 not started. Six photos, one of which 第二考察组 used twice (东岭村's
 * on 西坡村): the reuse flag inspectors and the office see.
 */
export const seedDemoInspection: DemoStep = async (tx, ids) => {
  const campaignId = ids.campaignIds[DEMO_FULFILMENT_YEAR];
  if (!campaignId) return;
  const { office, leaders, villageIds } = await formTeams(tx, campaignId);
  const shared = await photo(3, '东岭村 · 实地考核');
  const plans: Record<string, Plan> = {
    愚公村: {
      leave: 1,
      submit: false,
      lock: false,
      photos: new Map([[0, await photo(1, '愚公村 · 实地考核')]]),
    },
    王屋村: { submit: true, lock: false, photos: new Map([[0, await photo(2, '王屋村 · 实地考核')]]) },
    东岭村: { submit: true, lock: true, photos: new Map([[0, shared]]) },
    西坡村: { submit: true, lock: true, photos: new Map([[0, shared]]) },
    杏花村: { submit: true, lock: true, photos: new Map([[0, await photo(4, '杏花村 · 实地考核')]]) },
    白石村: { submit: true, lock: true, photos: new Map([[1, await photo(5, '白石村 · 实地考核')]]) },
  };
  let variety = 0;
  for (const team of DEMO_TEAMS) {
    for (const name of team.villages) {
      const villageId = villageIds.get(name);
      variety += 5;
      if (!villageId || name === '青龙村') continue;
      const plan = plans[name] ?? { submit: true, lock: team.name !== '第一考察组' };
      await inspectVillage(tx, leaders.get(team.name)!, office, campaignId, villageId, plan, variety);
    }
  }
};
