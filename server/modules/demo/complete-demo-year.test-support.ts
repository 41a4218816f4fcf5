/**
 * For tests (not part of the demo): the demo's 2026, which stands in 评诺 on 1 December, taken to
 * 奖惩 the way the township would get there, through each module's own service functions: the two
 * missing 民主测评 (王屋村's attendance recorded and its drafted poll run; 愚公村's started, run),
 * inspection finished and submitted where it is not, the set-up report meeting run with every
 * juror scoring, the results confirmed and published, and the year moved to 'sanctions'. No result
 * row is written by hand, so entering 奖惩 sees what a real year would leave behind.
 */
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import {
  inspectionItems,
  inspectionVillages,
  jurors,
  juryMeetings,
  meetings,
  polls,
  users,
} from '../../db/schema/index.ts';
import { transitionCampaign } from '../campaigns/campaigns.service.ts';
import { DEMO_TEAMS, demoFinding } from '../inspection/inspection.demo.ts';
import { inspectedPledges } from '../inspection/inspection-data.ts';
import { changeVillage, recordItem } from '../inspection/items.service.ts';
import { issueSlips } from '../jury/jurors.service.ts';
import { runDemoMeeting } from '../jury/jury.demo.ts';
import { patchMeeting } from '../meetings/meetings.service.ts';
import type { ModuleDefinition } from '../module.ts';
import { certifyPoll } from '../polls/poll-certify.ts';
import { closePoll, openPoll } from '../polls/polls.service.ts';
import { latestProgress } from '../progress/progress-latest.ts';
import { demoResultsYear } from '../results/results.demo.ts';
import { type Ctx, contextOf, countPaper } from '../village-evaluation/village-evaluation.demo.ts';
import {
  EVALUATION_MEETING_KINDS,
  startEvaluation,
} from '../village-evaluation/village-evaluation.service.ts';
import { activeParticipants, chairsOf } from '../village-evaluation/village-evaluation-context.ts';
import { campaignEvaluationPolls } from '../village-evaluation/village-evaluation-results.ts';
import { demoActor } from './demo-actors.ts';
import { DEMO_VILLAGES } from './demo-data.ts';
import { demoClerkUsername } from './demo-years.ts';

/**
 * The meeting the village's 民主测评 is held at: its poll's, or (none started yet) the village's
 * latest 村民会议/党员和村民代表会议 of the campaign (earlier ones approved the pledges in spring).
 */
async function evaluationMeetingOf(tx: Tx, campaignId: string, villageId: string, pollId?: string) {
  const [meeting] = pollId
    ? await tx
        .select({ meeting: meetings })
        .from(polls)
        .innerJoin(meetings, eq(meetings.id, polls.meetingId))
        .where(eq(polls.id, pollId))
        .then((rows) => rows.map((r) => r.meeting))
    : await tx
        .select()
        .from(meetings)
        .where(
          and(
            eq(meetings.campaignId, campaignId),
            eq(meetings.villageId, villageId),
            inArray(meetings.kind, [...EVALUATION_MEETING_KINDS]),
          ),
        )
        .orderBy(desc(meetings.startsAt))
        .limit(1);
  if (!meeting) throw new Error(`test support: no evaluation meeting in village ${villageId}`);
  return meeting;
}

/** Runs every village's 民主测评 not yet certified to its certification (paper ballots, nobody failed). */
async function finishVillageEvaluations(ctx: Ctx) {
  const { tx, campaignId } = ctx;
  const chairs = await chairsOf(tx, campaignId);
  const evaluations = await campaignEvaluationPolls(tx, campaignId);
  for (const village of DEMO_VILLAGES) {
    const villageId = ctx.villageIds[village.name];
    if (!villageId || (await activeParticipants(tx, campaignId, [villageId])).length === 0) continue;
    const current = evaluations.filter((p) => p.villageId === villageId).at(-1);
    if (current?.status === 'certified') continue;
    const clerk = await demoActor(tx, demoClerkUsername(village));
    const meeting = await evaluationMeetingOf(tx, campaignId, villageId, current?.id);
    const attendance = meeting.attendance ?? meeting.eligible - 2;
    if (meeting.attendance === null) await patchMeeting(tx, ctx.office, meeting.id, { attendance });
    const pollId =
      current?.id ??
      (
        await startEvaluation(tx, clerk, campaignId, {
          villageId,
          meetingId: meeting.id,
          paperBallots: true,
          codes: 0,
        })
      ).pollId;
    if (current?.status !== 'open') await openPoll(tx, clerk, pollId);
    await closePoll(tx, clerk, pollId);
    await countPaper(ctx, clerk, pollId, attendance, new Set());
    await certifyPoll(tx, clerk, pollId, 'clerk');
    const chair = chairs.get(villageId);
    if (!chair) throw new Error(`test support: ${village.name} has no recorded chair`);
    await certifyPoll(tx, await demoActor(tx, await usernameOf(tx, chair.userId)), pollId, 'host');
  }
}

async function usernameOf(tx: Tx, userId: string) {
  const [row] = await tx.select({ username: users.username }).from(users).where(eq(users.id, userId));
  return row!.username;
}

/** Each team's villages not yet submitted: the pledges not yet inspected recorded, then submitted. */
async function finishInspection(ctx: Ctx) {
  const { tx, campaignId } = ctx;
  for (const team of DEMO_TEAMS) {
    const leader = await demoActor(tx, team.username);
    for (const name of team.villages) {
      const villageId = ctx.villageIds[name];
      if (!villageId) continue;
      const [assignment] = await tx
        .select({ submittedAt: inspectionVillages.submittedAt })
        .from(inspectionVillages)
        .where(
          and(eq(inspectionVillages.campaignId, campaignId), eq(inspectionVillages.villageId, villageId)),
        );
      if (assignment?.submittedAt) continue;
      const rows = await inspectedPledges(tx, campaignId, villageId);
      if (rows.length === 0) continue;
      const done = await tx
        .select({ pledgeId: inspectionItems.pledgeId })
        .from(inspectionItems)
        .where(and(eq(inspectionItems.campaignId, campaignId), eq(inspectionItems.villageId, villageId)));
      const recorded = new Set(done.map((d) => d.pledgeId));
      const latest = await latestProgress(
        tx,
        rows.map((r) => r.pledge.id),
      );
      for (const [i, row] of rows.entries()) {
        if (recorded.has(row.pledge.id)) continue;
        await recordItem(
          tx,
          leader,
          row.pledge.id,
          demoFinding(i, latest.get(row.pledge.id) ?? undefined),
          [],
        );
      }
      await changeVillage(tx, leader, campaignId, villageId, 'submit');
    }
  }
}

/** The campaign's report meeting, set up by the demo: slips for jurors without one, then run to the end. */
async function runReportMeeting(ctx: Ctx) {
  const { tx } = ctx;
  const [meeting] = await tx.select().from(juryMeetings).where(eq(juryMeetings.campaignId, ctx.campaignId));
  if (!meeting) throw new Error('test support: the demo year has no report meeting');
  const withoutAccount = await tx
    .select({ id: jurors.id })
    .from(jurors)
    .where(and(eq(jurors.meetingId, meeting.id), isNull(jurors.userId)));
  if (withoutAccount.length)
    await issueSlips(
      tx,
      ctx.office,
      meeting.id,
      withoutAccount.map((j) => j.id),
    );
  await runDemoMeeting(tx, ctx.office, meeting.id, ctx.year);
}

/** The demo's campaign `campaignId` (in 评诺) completed, confirmed and moved to 奖惩. */
export async function completeDemoYear(tx: Tx, campaignId: string, modules: readonly ModuleDefinition[]) {
  const ctx = await contextOf(tx, campaignId);
  await finishVillageEvaluations(ctx);
  await finishInspection(ctx);
  await runReportMeeting(ctx);
  await demoResultsYear(tx, campaignId, { complete: true });
  await transitionCampaign(tx, ctx.office, campaignId, 'sanctions', modules);
}
