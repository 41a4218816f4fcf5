import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Tx } from '../../db/client.ts';
import { campaigns, participants, persons, users, villages } from '../../db/schema/index.ts';
import { roleLabel } from '../../domain/participants.ts';
import { prefillStatement } from '../../domain/reports/prefill.ts';
import { demoActor } from '../demo/demo-actors.ts';
import type { DemoStep } from '../demo/demo-county.ts';
import { DEMO_FULFILMENT_YEAR } from '../demo/demo-years.ts';
import { latestProgress } from '../progress/progress-latest.ts';
import { approvedPledgesOf } from './report-access.ts';
import {
  DEMO_RETURN_REASON,
  type DemoWriter,
  dutiesText,
  problemsText,
  SHORT_PLANS,
  SHORT_STATEMENT,
  selfBuildingText,
  statementTail,
} from './reports.demo-text.ts';
import type { ReportBody } from './reports.schema.ts';
import { returnReport, saveDraft, submitReport } from './reports.service.ts';

type DemoParticipant = { id: string; personId: string; villageId: string; writer: DemoWriter };

/** The campaign's participants taking part, in village order, with what their texts vary by. */
async function participantsOf(tx: Tx, campaignId: string): Promise<DemoParticipant[]> {
  const rows = await tx
    .select({ participant: participants, name: persons.name, village: villages })
    .from(participants)
    .innerJoin(persons, eq(persons.id, participants.personId))
    .innerJoin(villages, eq(villages.id, participants.villageId))
    .where(and(eq(participants.campaignId, campaignId), eq(participants.excluded, false)))
    .orderBy(asc(villages.code), asc(persons.name));
  return rows.map((r, index) => ({
    id: r.participant.id,
    personId: r.participant.personId,
    villageId: r.village.id,
    writer: {
      name: r.name,
      village: r.village.name,
      posts: roleLabel(r.participant.isSecretary, r.participant.isDirector),
      households: r.village.households,
      partyMembers: r.village.partyMembers,
      index,
    },
  }));
}

/** The full text of a participant's report: each pledge from its progress, then the sections. */
async function fullText(tx: Tx, p: DemoParticipant): Promise<ReportBody> {
  const pledges = await approvedPledgesOf(tx, p.id);
  const latest = await latestProgress(
    tx,
    pledges.map((x) => x.id),
  );
  return {
    pledges: pledges.map((x, i) => {
      const l = latest.get(x.id) ?? null;
      return {
        pledgeId: x.id,
        statement: `${prefillStatement(x, l)}${statementTail(l?.status ?? null, p.writer.index + i)}`,
      };
    }),
    duties: dutiesText(p.writer),
    selfBuilding: selfBuildingText(p.writer),
    problemsAndPlans: problemsText(p.writer),
  };
}

/** Who types the report: the cadre's own (active) account if they have one, else the village clerk. */
async function writerActor(tx: Tx, p: DemoParticipant): Promise<Actor> {
  const [own] = await tx
    .select({ username: users.username })
    .from(users)
    .where(and(eq(users.personId, p.personId), eq(users.role, 'village_cadre'), eq(users.disabled, false)));
  const [clerk] = await tx
    .select({ username: users.username })
    .from(users)
    .where(and(eq(users.villageId, p.villageId), eq(users.role, 'village_clerk')))
    .orderBy(asc(users.username));
  const username = own?.username ?? clerk?.username;
  if (!username) throw new Error(`demo: no account to write ${p.writer.name}'s report`);
  return demoActor(tx, username);
}

/** Late November of the year, local time (+08:00): day and hour spread by the participant's place. */
const submittedAt = (year: number, index: number) =>
  new Date(
    `${year}-11-${String(24 + (index % 7)).padStart(2, '0')}T${String(8 + ((index * 3) % 9)).padStart(2, '0')}:${String((index * 17) % 60).padStart(2, '0')}:00+08:00`,
  );

/** A finished year of 述职报告: every participant taking part has submitted (for the lead's archived years). */
export async function demoReportsYear(tx: Tx, campaignId: string, _options: { complete: true }) {
  const [campaign] = await tx.select().from(campaigns).where(eq(campaigns.id, campaignId));
  if (!campaign) throw new Error('demo: no campaign');
  for (const p of await participantsOf(tx, campaignId)) {
    await submitReport(
      tx,
      await writerActor(tx, p),
      p.id,
      await fullText(tx, p),
      submittedAt(campaign.year, p.writer.index),
    );
  }
}

/** 愚公村's cadre is writing his own (the demo `cadre` login finds his draft); 青龙村's director too. */
const DRAFTS = ['李建国', '韩丽娟'];
const NOT_STARTED = '刘福贵';
/** Submitted once, returned by the office for more detail, resubmitted. */
const RETURNED = '王志强';

/** The demo's 2026 (1 December, in 评诺): most reports in, two drafts, one not begun, one returned once. */
export const seedDemoReports: DemoStep = async (tx, ids) => {
  const campaignId = ids.campaignIds[DEMO_FULFILMENT_YEAR];
  if (!campaignId) return;
  const [campaign] = await tx.select().from(campaigns).where(eq(campaigns.id, campaignId));
  if (campaign?.phase !== 'evaluation') return;
  const office = await demoActor(tx, 'office');
  for (const p of await participantsOf(tx, campaignId)) {
    const { name, index } = p.writer;
    if (name === NOT_STARTED) continue;
    const actor = await writerActor(tx, p);
    const text = await fullText(tx, p);
    const at = submittedAt(DEMO_FULFILMENT_YEAR, index);
    if (DRAFTS.includes(name)) {
      // Half written: the pledges and duties, self-building and plans still to come.
      await saveDraft(tx, actor, p.id, { ...text, selfBuilding: '', problemsAndPlans: '' }, at);
      continue;
    }
    if (name === RETURNED) {
      const short = { ...text, pledges: text.pledges.map((s) => ({ ...s, statement: SHORT_STATEMENT })) };
      await submitReport(
        tx,
        actor,
        p.id,
        { ...short, problemsAndPlans: SHORT_PLANS },
        new Date('2026-11-25T10:20:00+08:00'),
      );
      await returnReport(tx, office, p.id, DEMO_RETURN_REASON, new Date('2026-11-26T15:05:00+08:00'));
      await submitReport(tx, actor, p.id, text, new Date('2026-11-28T09:40:00+08:00'));
      continue;
    }
    await submitReport(tx, actor, p.id, text, at);
  }
};
