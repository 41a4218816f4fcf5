import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { AGREE_OPTIONS, choose, openPollWithCodes, type PollFixture } from './voting-fixture.ts';

/** Poll purposes through the API: recall's two steps, 弃权 on the phone, a blank question on paper. */
let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const cast = (code: string, choices: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/public/ballots', payload: { code, choices } });

/** The same paper tally entered by the clerk and the office. */
async function paper(f: PollFixture, returned: number, votes: Record<string, number>, blank = 0) {
  const office = await t.as('office');
  const body = (slot: string) => ({
    slot,
    issued: returned,
    returned,
    invalid: 0,
    questions: f.questions.map((q) => ({
      questionId: q.id,
      counts: Object.fromEntries(q.options.map((o) => [o.id, votes[o.label] ?? 0])),
      blank,
    })),
  });
  const first = await f.clerk.post(`/api/polls/${f.pollId}/tallies`, body('counter'));
  expect(first.statusCode, first.body).toBe(200);
  expect((await office.post(`/api/polls/${f.pollId}/tallies`, body('scrutineer'))).json().match).toBe(true);
}

/** A recall at a 村民代表会议 of 45 (its registered voters): 应到 45, so 23 voters is more than half. */
async function recall(returned: number, votes: Record<string, number>, blank = 0) {
  const f = await openPollWithCodes(t, {
    purpose: 'recall',
    codes: 1,
    questions: [{ label: '罢免村民委员会主任', options: AGREE_OPTIONS }],
  });
  await f.clerk.post(`/api/polls/${f.pollId}/close`);
  await paper(f, returned, votes, blank);
  return (await f.clerk.get(`/api/polls/${f.pollId}/results`)).json().questions[0];
}

describe('recall', () => {
  it('fails when exactly half of the registered voters vote, whatever they say', async () => {
    // 45 registered: 22 voters are not more than half.
    const q = await recall(22, { 同意: 22 });
    expect(q.outcome).toMatchObject({
      passed: false,
      verdict: '罢免未通过',
      turnout: { voted: 22, registered: 45, met: false },
    });
  });

  it('passes with more than half voting and more than half of them approving', async () => {
    const q = await recall(23, { 同意: 12, 不同意: 10, 弃权: 1 });
    expect(q.outcome).toMatchObject({ passed: true, verdict: '罢免通过', approveVotes: 12 });
    expect(q.outcome.turnout).toEqual({ voted: 23, registered: 45, met: true });
    expect(q.outcome.rule).toContain('登记 45 人，投票 23 人');
  });

  it('fails when exactly half of those voting approve (a blank counts as voting)', async () => {
    const q = await recall(24, { 同意: 12, 不同意: 10, 弃权: 1 }, 1);
    expect(q).toMatchObject({ blank: 1, cast: 24 });
    expect(q.outcome).toMatchObject({ passed: false, approveVotes: 12 });
  });
});

describe('弃权 and blanks', () => {
  it('offers 弃权 on the phone, counted as cast but not valid', async () => {
    const f = await openPollWithCodes(t, {
      purpose: 'general',
      codes: 3,
      questions: [{ label: '修建村级养老服务站', options: AGREE_OPTIONS }],
    });
    const ballot = await t.app.inject({
      method: 'POST',
      url: '/api/public/ballots/lookup',
      payload: { code: f.codes[0] },
    });
    expect(ballot.json().questions[0].options).toEqual([
      expect.objectContaining({ label: '同意', kind: 'approve' }),
      expect.objectContaining({ label: '不同意', kind: 'reject' }),
      expect.objectContaining({ label: '弃权', kind: 'abstain' }),
    ]);
    for (const [i, label] of ['同意', '弃权', '弃权'].entries()) {
      expect((await cast(f.codes[i]!, choose(f, label))).statusCode).toBe(201);
    }
    await f.clerk.post(`/api/polls/${f.pollId}/close`);
    const q = (await f.clerk.get(`/api/polls/${f.pollId}`)).json().results.questions[0];
    // 1 同意 of 1 valid vote: passes; the two 弃权 are cast, not valid.
    expect(q).toMatchObject({ cast: 3, valid: 1 });
    // Before certification: the numbers, no verdict (待确认), and the rule without its conclusion.
    expect(q.outcome).toMatchObject({ verdict: '待确认', denominatorValue: 1, approveVotes: 1 });
    expect(q.outcome.rule).not.toMatch(/通过$/);
    const board = await t.app.inject({ method: 'GET', url: `/api/public/polls/${f.pollId}/board` });
    expect(board.json().totals[0]).toMatchObject({ verdict: '待确认', blank: 0 });
    expect(board.json().totals[0].rule).toMatch(/有效票 1$/);
    await f.clerk.post(`/api/polls/${f.pollId}/certify`, { as: 'clerk' });
    await (await t.as('cadre')).post(`/api/polls/${f.pollId}/certify`, { as: 'host' });
    const certified = (await f.clerk.get(`/api/polls/${f.pollId}`)).json();
    expect(certified.status).toBe('certified');
    expect(certified.results.questions[0].outcome).toMatchObject({ passed: true, verdict: '通过' });
    const after = await t.app.inject({ method: 'GET', url: `/api/public/polls/${f.pollId}/board` });
    expect(after.json().totals[0]).toMatchObject({ passed: true, verdict: '通过' });
  });

  it('reconciles a paper ballot that left one question blank, per question', async () => {
    const f = await openPollWithCodes(t, {
      codes: 1,
      purpose: 'general',
      questions: [
        { label: '第一项', options: AGREE_OPTIONS.slice(0, 2) },
        { label: '第二项', options: AGREE_OPTIONS.slice(0, 2) },
      ],
    });
    await f.clerk.post(`/api/polls/${f.pollId}/close`);
    const tally = (blank: number, yes = 3) => ({
      slot: 'counter',
      issued: 10,
      returned: 10,
      invalid: 1,
      questions: [
        {
          questionId: f.questions[0]!.id,
          counts: { [f.questions[0]!.options[0]!.id]: 9, [f.questions[0]!.options[1]!.id]: 0 },
        },
        {
          questionId: f.questions[1]!.id,
          counts: { [f.questions[1]!.options[0]!.id]: yes, [f.questions[1]!.options[1]!.id]: 4 },
          blank,
        },
      ],
    });
    const unreconciled = await f.clerk.post(`/api/polls/${f.pollId}/tallies`, tally(0));
    expect(unreconciled.statusCode).toBe(400);
    expect(unreconciled.json().error).toMatchObject({ field: 'questions.1.counts', code: 'TALLY_MISMATCH' });
    expect(unreconciled.json().error.message).toContain('空白票');
    const ok = await f.clerk.post(`/api/polls/${f.pollId}/tallies`, tally(2));
    expect(ok.statusCode, ok.body).toBe(200);
    const second = await (await t.as('office')).post(`/api/polls/${f.pollId}/tallies`, {
      ...tally(1, 4),
      slot: 'scrutineer',
    });
    // A different blank count (and so a different count) is a different entry: the two do not match.
    expect(second.json().match).toBe(false);
  });
});
