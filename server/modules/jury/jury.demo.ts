import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Tx } from '../../db/client.ts';
import { campaigns, jurors, persons, users, villages } from '../../db/schema/index.ts';
import type { JurorCategory } from '../../domain/evaluation/jury-categories.ts';
import { demoActor } from '../demo/demo-actors.ts';
import type { DemoStep } from '../demo/demo-county.ts';
import { DEMO_FULFILMENT_YEAR } from '../demo/demo-years.ts';
import { createPerson } from '../org/persons.service.ts';
import { addJuror, issueSlips, setTies } from './jurors.service.ts';
import { createMeeting, finishMeeting, meetingView, nextReporter, startMeeting } from './meetings.service.ts';
import { orderReporters, reporterCandidates } from './reporters.service.ts';
import { declareTie, submitScore } from './scores.service.ts';

/**
 * The demo jury of 愚公乡: the demo `juror` login (钱卫东, 乡领导) and seven more across the
 * categories; who signs in with a QR slip, and the villages each is tied to (回避).
 */
type DemoJuror = {
  name: string;
  village: string;
  category: JurorCategory;
  /** Signs in with the demo `juror` account; else a QR slip (issued in the demo when `slip`). */
  account?: 'juror';
  slip?: boolean;
  /** Villages the office registers as ties (e.g. a 包村干部's contact villages). */
  ties?: string[];
  /** A tie the juror declares on the phone. */
  declares?: string;
};

export const DEMO_JURORS: DemoJuror[] = [
  { name: '钱卫东', village: '愚公村', category: 'township_leader', account: 'juror' },
  { name: '孙志明', village: '王屋村', category: 'contact_cadre', slip: true, ties: ['愚公村', '王屋村'] },
  { name: '马丽华', village: '太行村', category: 'station_head', slip: true },
  { name: '周建平', village: '愚公村', category: 'party_deputy', slip: true, declares: '北山村' },
  { name: '陈淑芬', village: '王屋村', category: 'npc_deputy', slip: true },
  { name: '吴国庆', village: '太行村', category: 'cppcc_member' },
  { name: '王大勇', village: '太行村', category: 'village_representative', slip: true },
  { name: '李秀云', village: '北山村', category: 'village_representative' },
];

/** The meeting of a year: in the township's hall on 10 December at 9:00 (Beijing time). */
const meetingOf = (year: number) => ({ heldAt: `${year}-12-10T09:00:00+08:00`, place: '乡政府三楼会议室' });

async function villageIdsOf(tx: Tx, townshipId: string) {
  const rows = await tx
    .select({ id: villages.id, name: villages.name })
    .from(villages)
    .where(eq(villages.townshipId, townshipId));
  return new Map(rows.map((r) => [r.name, r.id]));
}

/** The juror's roster person: found by name in their village, else added (the demo juror account is bound to it). */
async function personOf(tx: Tx, office: Actor, villageId: string, j: DemoJuror) {
  const [found] = await tx
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.villageId, villageId), eq(persons.name, j.name)));
  const id = found?.id ?? (await createPerson(tx, office, { villageId, name: j.name, partyMember: true })).id;
  if (j.account) {
    await tx
      .update(users)
      .set({ personId: id })
      .where(and(eq(users.username, j.account), eq(users.role, 'juror')));
  }
  return id;
}

/** Sets up the campaign's meeting: jury with ties, slips, reporters in village order. Returns its id. */
async function setUpMeeting(tx: Tx, office: Actor, campaignId: string, year: number, slipsForAll: boolean) {
  const [campaign] = await tx.select().from(campaigns).where(eq(campaigns.id, campaignId));
  const villageIds = await villageIdsOf(tx, campaign!.townshipId);
  const meeting = await createMeeting(tx, office, campaignId, meetingOf(year));
  for (const j of DEMO_JURORS) {
    const personId = await personOf(tx, office, villageIds.get(j.village)!, j);
    await addJuror(tx, office, meeting.id, { personId, category: j.category });
  }
  const view = await meetingView(tx, office, meeting.id);
  const jurorIdOf = new Map(view.jurors.map((j) => [j.name, j.id]));
  for (const j of DEMO_JURORS) {
    if (j.ties)
      await setTies(
        tx,
        office,
        jurorIdOf.get(j.name)!,
        j.ties.map((v) => villageIds.get(v)!),
      );
  }
  const slips = DEMO_JURORS.filter((j) => !j.account && (j.slip || slipsForAll)).map(
    (j) => jurorIdOf.get(j.name)!,
  );
  if (slips.length) await issueSlips(tx, office, meeting.id, slips);
  for (const j of DEMO_JURORS.filter((d) => d.declares)) {
    await declareTie(
      tx,
      await jurorActor(tx, jurorIdOf.get(j.name)!),
      meeting.id,
      villageIds.get(j.declares!)!,
      '亲属在该村任职',
    );
  }
  const candidates = await reporterCandidates(tx, campaignId);
  await orderReporters(
    tx,
    office,
    meeting.id,
    candidates.filter((c) => !c.unqualified).map((c) => c.participantId),
  );
  return meeting.id;
}

/** The juror's account as a signed-in phone of it (a QR juror's slip account once a slip was issued). */
async function jurorActor(tx: Tx, jurorId: string) {
  const [row] = await tx
    .select({ username: users.username })
    .from(jurors)
    .innerJoin(users, eq(users.id, jurors.userId))
    .where(eq(jurors.id, jurorId));
  if (!row) throw new Error('demo: juror without an account');
  return demoActor(tx, row.username);
}

/** A small seeded generator, so the demo's scores are the same on every load. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * A finished report meeting on a campaign in 评诺 (ROUND4 demo contract): set up as the 2026 demo,
 * run reporter by reporter with every juror not recused scoring on their phone (a realistic spread:
 * each reporter's standing, each juror's leniency and some noise, whole and half points), finished.
 */
export async function demoJuryYear(tx: Tx, campaignId: string, _options: { complete: true }): Promise<void> {
  const [campaign] = await tx.select().from(campaigns).where(eq(campaigns.id, campaignId));
  const office = await demoActor(tx, 'office');
  const meetingId = await setUpMeeting(tx, office, campaignId, campaign!.year, true);
  await runDemoMeeting(tx, office, meetingId, campaign!.year);
}

/**
 * Starts a set-up meeting whose every juror has an account (a slip or a login) and runs it to the
 * end: each reporter scored by every juror not recused, then the next, then finished. `seed` keeps
 * the scores the same on every run.
 */
export async function runDemoMeeting(tx: Tx, office: Actor, meetingId: string, seed: number) {
  await startMeeting(tx, office, meetingId);
  const random = seeded(seed);
  const view = await meetingView(tx, office, meetingId);
  const actors = new Map<string, Actor>();
  for (const j of view.jurors) actors.set(j.id, await jurorActor(tx, j.id));
  const leniency = new Map(view.jurors.map((j) => [j.id, Math.round((random() - 0.5) * 8)]));
  for (const reporter of view.reporters) {
    const standing = 72 + random() * 22;
    for (const j of view.jurors) {
      if (j.ties.some((t) => t.villageId === reporter.villageId)) continue;
      const raw = standing + leniency.get(j.id)! + (random() - 0.5) * 8;
      const total = Math.min(100, Math.max(0, Math.round(raw * 2) / 2));
      await submitScore(tx, actors.get(j.id)!, meetingId, { reporterId: reporter.id, total });
    }
    await nextReporter(tx, office, meetingId);
  }
  await finishMeeting(tx, office, meetingId);
}

/** 2026: the meeting set up and ready to run (not started), on 10 December. */
export const seedJury: DemoStep = async (tx, ids) => {
  const campaignId = ids.campaignIds[DEMO_FULFILMENT_YEAR];
  if (!campaignId) return;
  const office = await demoActor(tx, 'office');
  await setUpMeeting(tx, office, campaignId, DEMO_FULFILMENT_YEAR, false);
};
