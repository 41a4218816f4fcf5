import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluationChairs, meetings, pollOptions, polls, users } from '../../db/schema/index.ts';
import type { CampaignConfig } from '../../domain/campaign-config.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import {
  CONFIRM_OPTIONS,
  choose,
  openPollWithCodes,
  type PollFixture,
  SATISFACTION_OPTIONS,
} from './voting-fixture.ts';

/**
 * Certified means frozen (DESIGN §2.3): once a democratic evaluation and a pledge confirmation are
 * certified, editing every campaign config value, trying to edit the meeting, and even changing the
 * rows their numbers were computed from, moves no number the API, the public board or the .docx
 * record shows.
 */
let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const cast = (code: string, choices: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/public/ballots', payload: { code, choices } });

async function docxText(client: Awaited<ReturnType<TestContext['as']>>, pollId: string) {
  const res = await client.get(`/api/polls/${pollId}/record.docx`);
  expect(res.statusCode).toBe(200);
  const zip = await JSZip.loadAsync(res.rawPayload);
  const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
  // The audit chain head printed at the end is the chain's head at printing time: it moves on.
  return text.replace(/审计链.*$/, '');
}

/** Every config value changed: each key differs from the one before (checked below). */
function everyValueChanged(c: CampaignConfig): CampaignConfig {
  return {
    minItemsPerPerson: c.minItemsPerPerson + 1,
    dualPostMinimum: c.dualPostMinimum === 'once' ? 'twice' : 'once',
    categories: [...c.categories, '乡村振兴'],
    overlapThreshold: 0.6,
    commitmentDeadline: '2027-04-30',
    voteDenominator: 'attendees',
    quorumPreset: 'law2025',
    evaluationScores: { satisfied: 90, basicallySatisfied: 70, unsatisfied: 40 },
    juryTrimMinScores: c.juryTrimMinScores + 2,
    jurySubCriteria: [
      { name: '履职实绩', maxScore: 60 },
      { name: '群众评价', maxScore: 40 },
    ],
    juryMissingPolicy: c.juryMissingPolicy === 'wait' ? 'leave_out' : 'wait',
    inspectionWeights: { progress: 50, recognition: 50 },
    compositeWeights: { village: 40, jury: 20, inspection: 40 },
    grades: [
      { label: '好', minScore: 85 },
      { label: '较好', minScore: 70 },
      { label: '一般', minScore: 55 },
    ],
    failGrade: '差',
    topGradeCap: 0.3,
    payCoefficients: { 好: 1.3, 较好: 1.1, 一般: 0.9, 差: 0.4 },
    admonishUnsatisfiedShare: 0.3,
    publicityDays: 10,
    objectionDays: 6,
    letterDueDays: c.letterDueDays + 5,
  };
}

/** Paper tallies by the clerk and the office: the same numbers, so they agree. */
async function paperEntries(f: PollFixture, returned: number, perQuestion: Record<string, number>[]) {
  const office = await t.as('office');
  const body = (slot: string) => ({
    slot,
    issued: returned,
    returned,
    invalid: 1,
    questions: f.questions.map((q, i) => ({
      questionId: q.id,
      counts: Object.fromEntries(q.options.map((o) => [o.id, perQuestion[i]?.[o.label] ?? 0])),
      blank: perQuestion[i]?.blank ?? 0,
    })),
  });
  expect((await f.clerk.post(`/api/polls/${f.pollId}/tallies`, body('counter'))).statusCode).toBe(200);
  const second = await office.post(`/api/polls/${f.pollId}/tallies`, body('scrutineer'));
  expect(second.json()).toMatchObject({ match: true });
}

async function certify(f: PollFixture, hostUsername = 'leader') {
  expect((await f.clerk.post(`/api/polls/${f.pollId}/certify`, { as: 'clerk' })).statusCode).toBe(200);
  const host = await (await t.as(hostUsername)).post(`/api/polls/${f.pollId}/certify`, { as: 'host' });
  expect(host.statusCode, host.body).toBe(200);
  expect(host.json().status).toBe('certified');
}

/** Records the account as its village's 村务监督委员会主任 for the campaign (test fixture). */
async function recordChair(campaignId: string, username: string) {
  const [chair] = await t.database.db.select().from(users).where(eq(users.username, username));
  await t.database.db.insert(evaluationChairs).values({
    countyId: chair!.countyId,
    townshipId: chair!.townshipId!,
    villageId: chair!.villageId!,
    campaignId,
    personId: chair!.personId!,
    userId: chair!.id,
    recordedBy: '测试',
  });
}

/** Everything a certified poll's numbers are read from. */
async function everything(pollId: string) {
  const office = await t.as('office');
  const view = (await office.get(`/api/polls/${pollId}`)).json();
  return {
    results: (await office.get(`/api/polls/${pollId}/results`)).json(),
    view: view.results,
    board: (await t.app.inject({ method: 'GET', url: `/api/public/polls/${pollId}/board` })).json(),
    record: await docxText(office, pollId),
  };
}

describe('a certified result is frozen', () => {
  let campaignId: string;
  let config: CampaignConfig;
  let evaluation: PollFixture;
  let confirmation: PollFixture;
  const before: Record<string, Awaited<ReturnType<typeof everything>>> = {};

  it('certifies a democratic evaluation and a pledge confirmation of the campaign', async () => {
    const office = await t.as('office');
    campaignId = (await office.get('/api/campaigns'))
      .json()
      .find((c: { year: number }) => c.year === 2027).id;
    config = (await office.get(`/api/campaigns/${campaignId}`)).json().config;
    const participants = (await office.get(`/api/campaigns/${campaignId}/participants`)).json();
    const li = participants.find((p: { name: string }) => p.name === '李建国');
    evaluation = await openPollWithCodes(t, {
      campaignId,
      host: 'leader',
      purpose: 'democratic_evaluation',
      codes: 6,
      questions: [
        {
          label: '李建国（书记、主任）',
          options: SATISFACTION_OPTIONS,
          subjectType: 'participant',
          subjectId: li.id,
        },
      ],
    });
    for (const label of ['满意', '满意', '基本满意', '不满意', '不了解']) {
      expect((await cast(evaluation.codes.pop()!, choose(evaluation, label))).statusCode).toBe(201);
    }
    expect((await evaluation.clerk.post(`/api/polls/${evaluation.pollId}/close`)).statusCode).toBe(200);
    await paperEntries(evaluation, 20, [{ 满意: 8, 基本满意: 5, 不满意: 3, 不了解: 2, blank: 1 }]);
    // A democratic evaluation is certified as host by the village's 村务监督委员会主任 (愚公村: 周大山).
    await recordChair(campaignId, 'supervisor');
    await certify(evaluation, 'supervisor');

    confirmation = await openPollWithCodes(t, {
      campaignId,
      host: 'leader',
      codes: 4,
      questions: [
        { label: '新修村组水泥路2.5公里', options: CONFIRM_OPTIONS },
        { label: '新建村级文化广场一处', options: CONFIRM_OPTIONS },
      ],
    });
    for (const labels of [
      ['满意', '不满意'],
      ['不满意', '不满意'],
      ['满意', '满意'],
    ]) {
      expect((await cast(confirmation.codes.pop()!, choose(confirmation, ...labels))).statusCode).toBe(201);
    }
    await confirmation.clerk.post(`/api/polls/${confirmation.pollId}/close`);
    await paperEntries(confirmation, 10, [
      { 满意: 5, 不满意: 4 },
      { 满意: 3, 不满意: 5, blank: 1 },
    ]);
    await certify(confirmation);

    before.evaluation = await everything(evaluation.pollId);
    before.confirmation = await everything(confirmation.pollId);
    const q = before.evaluation.results.questions[0];
    // 满意 10, 基本满意 6, 不满意 4 valid (不了解 3, blank 1, invalid 1 are not): score and rate.
    expect(q).toMatchObject({ valid: 20, blank: 1, invalid: 1, cast: 25 });
    expect(q.satisfaction).toEqual({ score: 83.5, rate: 0.8 });
    expect(q.options.map((o: { score: number | null }) => o.score)).toEqual([100, 75, 55, null]);
    expect(before.evaluation.results).toMatchObject({ frozen: true, rule: { version: 1 }, eligible: 45 });
    expect(before.evaluation.record).toContain('83.5');
    // The second item: 不满意 2 electronic + 5 paper = 7 of 11 valid votes (the blank is not one): rejected.
    expect(before.confirmation.results.questions[1].outcome).toMatchObject({
      rejected: true,
      rejectVotes: 7,
      denominator: 'valid',
      denominatorValue: 11,
    });
    expect(before.confirmation.board.totals[1]).toMatchObject({
      rejected: true,
      verdict: '不通过',
      blank: 1,
    });
  });

  it('keeps every number when every config value changes', async () => {
    const office = await t.as('office');
    const changed = everyValueChanged(config);
    for (const key of Object.keys(config) as (keyof CampaignConfig)[]) {
      expect(changed[key], key).not.toEqual(config[key]);
    }
    const res = await office.put(`/api/campaigns/${campaignId}/config`, { config: changed, reason: '调整' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().config).toEqual(changed);
    expect(await everything(evaluation.pollId)).toEqual(before.evaluation);
    expect(await everything(confirmation.pollId)).toEqual(before.confirmation);
    // The config did change what it governs: a poll created now takes the new scores and rules.
    const later = await openPollWithCodes(t, {
      campaignId,
      purpose: 'democratic_evaluation',
      open: false,
      questions: [{ label: '李建国', options: SATISFACTION_OPTIONS }],
    });
    const fresh = (await later.clerk.get(`/api/polls/${later.pollId}`)).json();
    expect(fresh.questions[0].options.map((o: { score: number | null }) => o.score)).toEqual([
      90,
      70,
      40,
      null,
    ]);
    expect(fresh).toMatchObject({ denominator: 'attendees', quorumPreset: 'law2025' });
  });

  it('refuses every edit of the meeting, and reads no row the result was computed from', async () => {
    for (const f of [evaluation, confirmation]) {
      for (const patch of [{ attendance: 30 }, { householdsRepresented: 1 }, { minutes: '改' }]) {
        const res = await f.clerk.patch(`/api/meetings/${f.meetingId}`, patch);
        expect(res.statusCode).toBe(409);
        expect(res.json().error.code).toBe('CERTIFIED');
      }
    }
    // Even rows changed behind the API's back do not move a certified number.
    await t.database.db
      .update(pollOptions)
      .set({ score: 1 })
      .where(eq(pollOptions.pollId, evaluation.pollId));
    await t.database.db
      .update(meetings)
      .set({ attendance: 31, eligible: 99 })
      .where(eq(meetings.id, confirmation.meetingId));
    await t.database.db
      .update(polls)
      .set({ denominator: 'cast', frozenAttendance: 31 })
      .where(eq(polls.id, confirmation.pollId));
    expect(await everything(evaluation.pollId)).toEqual(before.evaluation);
    expect(await everything(confirmation.pollId)).toEqual(before.confirmation);
  });
});
