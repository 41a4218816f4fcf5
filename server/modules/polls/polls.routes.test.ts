import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ballots, paperTallyHistory, polls } from '../../db/schema/index.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import {
  AGREE_OPTIONS,
  CONFIRM_OPTIONS,
  choose,
  openPollWithCodes,
  type PollFixture,
  SATISFACTION_OPTIONS,
} from './voting-fixture.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const cast = (code: string, choices: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/public/ballots', payload: { code, choices } });

/** Paper counts for a fixture: per question, option label → votes. */
function paperTally(
  f: PollFixture,
  slot: string,
  issued: number,
  returned: number,
  invalid: number,
  votes: Record<string, number>[],
) {
  return {
    slot,
    issued,
    returned,
    invalid,
    questions: f.questions.map((q, i) => ({
      questionId: q.id,
      counts: Object.fromEntries(q.options.map((o) => [o.id, votes[i]?.[o.label] ?? 0])),
    })),
  };
}

describe('meetings', () => {
  it('takes 应到 from the village and computes quorum when attendance is recorded', async () => {
    const clerk = await t.as('clerk');
    const res = await clerk.post('/api/meetings', {
      villageId: t.demo.villageIds.愚公村,
      kind: 'villager_assembly',
      title: '村民会议',
      startsAt: '2027-03-01T09:00:00+08:00',
      place: '村文化广场',
      host: '李建国',
      chair: '村务监督委员会',
      counters: ['甲'],
      scrutineers: ['乙'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      eligible: 1860,
      households: 612,
      kindLabel: '村民会议',
      attendance: null,
    });
    const id = res.json().id;
    let detail = (await clerk.get(`/api/meetings/${id}`)).json();
    expect(detail.quorum).toMatchObject({ required: 931, met: false });
    await clerk.patch(`/api/meetings/${id}`, { attendance: 500, householdsRepresented: 408 });
    detail = (await clerk.get(`/api/meetings/${id}`)).json();
    expect(detail.quorum).toMatchObject({ present: 500, met: true });
    expect(detail.quorum.rule).toContain('三分之二以上的户');
    const list = await (await t.as('office')).get(`/api/meetings?villageId=${t.demo.villageIds.愚公村}`);
    expect(list.json().map((m: { id: string }) => m.id)).toContain(id);
  });

  it('refuses bad input naming the field, and stores nothing', async () => {
    const clerk = await t.as('clerk');
    const before = (await clerk.get('/api/meetings')).json().length;
    const base = {
      villageId: t.demo.villageIds.愚公村,
      kind: 'two_committees',
      title: '两委会议',
      startsAt: '2027-02-01T09:00:00+08:00',
      place: '村委会',
      host: '李建国',
      counters: [],
      scrutineers: [],
    };
    const noEligible = await clerk.post('/api/meetings', base);
    expect(noEligible.statusCode).toBe(400);
    expect(noEligible.json().error).toMatchObject({ field: 'eligible' });
    expect(noEligible.json().error.message).toContain('应到人数');
    const badTime = await clerk.post('/api/meetings', { ...base, eligible: 7, startsAt: '明天' });
    expect(badTime.json().error.field).toBe('startsAt');
    expect(badTime.json().error.message).toContain('会议时间');
    const eligibleForAssembly = await clerk.post('/api/meetings', {
      ...base,
      kind: 'villager_assembly',
      eligible: 9,
    });
    expect(eligibleForAssembly.json().error.field).toBe('eligible');
    expect((await clerk.get('/api/meetings')).json().length).toBe(before);
    const ok = await clerk.post('/api/meetings', { ...base, eligible: 7 });
    expect(ok.statusCode).toBe(201);
    const over = await clerk.patch(`/api/meetings/${ok.json().id}`, { attendance: 8 });
    expect(over.json().error.field).toBe('attendance');
  });

  it('keeps roles and townships apart', async () => {
    const juror = await t.as('juror');
    const res = await juror.post('/api/meetings', { villageId: t.demo.villageIds.愚公村 });
    expect(res.statusCode).toBe(403);
    const clerk = await t.as('clerk');
    const other = await clerk.post('/api/meetings', {
      villageId: t.demo.villageIds.王屋村,
      kind: 'representative_assembly',
      title: '别村的会',
      startsAt: '2027-03-01T09:00:00+08:00',
      place: '王屋村',
      host: '王志强',
      counters: [],
      scrutineers: [],
    });
    expect(other.statusCode).toBe(404);
  });
});

describe('a poll from draft to certified', () => {
  let f: Awaited<ReturnType<typeof openPollWithCodes>>;
  const trackers: string[] = [];

  it('refuses codes beyond attendance, and casting before the poll opens', async () => {
    f = await openPollWithCodes(t, { attendance: 40, codes: 10, open: false });
    const tooMany = await f.clerk.post(`/api/polls/${f.pollId}/codes`, { count: 31 });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error).toMatchObject({ field: 'count' });
    expect(tooMany.json().error.message).toContain('实到人数（40）');
    expect(f.codes).toHaveLength(10);
    expect(f.codes[0]).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const early = await cast(f.codes[0]!, choose(f));
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe('投票尚未开始或已结束');
    expect((await f.clerk.post(`/api/polls/${f.pollId}/open`)).statusCode).toBe(200);
  });

  it('opens a ballot by code without consuming it', async () => {
    const lookup = await t.app.inject({
      method: 'POST',
      url: '/api/public/ballots/lookup',
      payload: { code: f.codes[0]!.toLowerCase() },
    });
    expect(lookup.statusCode).toBe(200);
    expect(lookup.json()).toMatchObject({ title: '李建国 2027 年度承诺事项', village: '愚公村' });
    expect(lookup.json().questions[1].options.map((o: { label: string }) => o.label)).toEqual([
      '满意',
      '基本满意',
      '不满意',
      '不了解',
    ]);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/public/ballots/lookup',
      payload: { code: 'ZZZZ-ZZZZ-ZZZZ' },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe('选票码无效');
    const malformed = await cast('12345', choose(f));
    expect(malformed.json().error).toMatchObject({ field: 'code' });
  });

  it('casts ballots, refuses a replay and incomplete choices (keeping the code)', async () => {
    const votes = [
      ['满意', '满意'],
      ['满意', '基本满意'],
      ['不满意', '不满意'],
      ['不满意', '不了解'],
      ['满意', '不满意'],
      ['不满意', '满意'],
    ];
    const missing = await cast(f.codes[0]!, choose(f).slice(0, 1));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe('choices');
    expect(missing.json().error.message).toContain('民主测评');
    const foreign = await cast(f.codes[0]!, [
      choose(f)[0],
      { questionId: f.questions[1]!.id, optionId: f.questions[0]!.options[0]!.id },
    ]);
    expect(foreign.statusCode).toBe(400);
    for (const [i, [a, b]] of votes.entries()) {
      const res = await cast(f.codes[i]!, choose(f, a!, b!));
      expect(res.statusCode).toBe(201);
      trackers.push(res.json().tracker);
    }
    const replay = await cast(f.codes[0]!, choose(f));
    expect(replay.statusCode).toBe(409);
    expect(replay.json().error.message).toBe('此选票码已使用，每张选票只能投一次');
  });

  it('tells only the one running the poll how many ballots are in while open', async () => {
    const runners = ['clerk', 'office'];
    const others = ['cadre', 'leader', 'juror', 'inspector', 'supervisor', 'county', 'countyadmin'];
    for (const who of [...runners, ...others]) {
      const poll = await (await t.as(who)).get(`/api/polls/${f.pollId}`);
      expect(poll.statusCode, who).toBe(200);
      expect(poll.json().ballotsReceived, who).toBe(runners.includes(who) ? 6 : null);
    }
  });

  it('shows no count to anyone while open', async () => {
    for (const who of ['clerk', 'office', 'county']) {
      const client = await t.as(who);
      const poll = await client.get(`/api/polls/${f.pollId}`);
      expect(poll.statusCode).toBe(200);
      expect(poll.json().results).toBeNull();
      expect(poll.json().paperIssued).toBeNull();
      expect(JSON.stringify(poll.json())).not.toMatch(/votes|ballotsCast|electronic/);
      expect((await client.get(`/api/polls/${f.pollId}/results`)).statusCode).toBe(409);
    }
    const board = await t.app.inject({ method: 'GET', url: `/api/public/polls/${f.pollId}/board` });
    expect(board.statusCode).toBe(409);
    expect((await f.clerk.post(`/api/polls/${f.pollId}/tallies`, {})).statusCode).toBe(400);
    const early = await f.clerk.post(`/api/polls/${f.pollId}/tallies`, paperTally(f, 'counter', 0, 0, 0, []));
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('WRONG_PHASE');
    expect((await f.clerk.post(`/api/polls/${f.pollId}/certify`, { as: 'clerk' })).statusCode).toBe(409);
    expect((await f.clerk.post(`/api/polls/${f.pollId}/open`)).statusCode).toBe(409);
  });

  it('closes; then publishes receipts without choices and the totals', async () => {
    expect((await (await t.as('cadre')).post(`/api/polls/${f.pollId}/close`)).statusCode).toBe(403);
    const closed = await f.clerk.post(`/api/polls/${f.pollId}/close`);
    expect(closed.statusCode).toBe(200);
    expect(closed.json().status).toBe('closed');
    expect(closed.json()).toMatchObject({
      allowedActions: ['enter_tally', 'certify_as_clerk'],
      certificationProblems: [],
      // Closed: the results give the count to everyone, this field to no one.
      ballotsReceived: null,
    });
    const asHost = (await (await t.as('cadre')).get(`/api/polls/${f.pollId}`)).json();
    expect(asHost.allowedActions).toEqual(['certify_as_host']);
    expect((await (await t.as('leader')).get(`/api/polls/${f.pollId}`)).json().allowedActions).toEqual([]);
    expect((await cast(f.codes[7]!, choose(f))).json().error.message).toBe('投票尚未开始或已结束');
    const board = await t.app.inject({ method: 'GET', url: `/api/public/polls/${f.pollId}/board` });
    expect(board.statusCode).toBe(200);
    expect(board.json().trackers).toEqual([...trackers].sort());
    expect(board.json().totals[0].options).toEqual([
      expect.objectContaining({ label: '满意', votes: 3 }),
      expect.objectContaining({ label: '不满意', votes: 3 }),
    ]);
    // Exactly half 不满意 of the valid votes: not rejected.
    expect(board.json().totals[0].rejected).toBe(false);
    const results = closed.json().results;
    expect(results).toMatchObject({ ballotsCast: 6, codesIssued: 10, attendance: 40, eligible: 45 });
    expect(results.questions[1]).toMatchObject({ cast: 6, valid: 5 });
    expect(results.questions[1].satisfaction).toBeNull();
    // The close chains ONE entry with how many ballots came in: no entry per cast, no cast's time.
    const office = await t.as('office');
    const audit = await office.get('/api/audit?action=ballot.cast&limit=200');
    const entries = audit.json().entries.filter((e: { entityId: string }) => e.entityId === f.pollId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      entity: 'poll',
      before: null,
      after: { ballots: 6 },
      actorName: '村民（匿名）',
    });
    expect((await office.get('/api/audit/verify')).json()).toMatchObject({ ok: true });
  });

  it('takes two blind paper entries by different accounts, keeping every old value', async () => {
    const office = await t.as('office');
    const votes: Record<string, number>[] = [
      { 满意: 10, 不满意: 9 },
      { 满意: 8, 基本满意: 5, 不满意: 4, 不了解: 2 },
    ];
    const unreconciled = await f.clerk.post(
      `/api/polls/${f.pollId}/tallies`,
      paperTally(f, 'counter', 20, 20, 1, [{ 满意: 10, 不满意: 10 }, votes[1]!]),
    );
    expect(unreconciled.statusCode).toBe(400);
    expect(unreconciled.json().error.field).toBe('questions.0.counts');
    const beyond = await f.clerk.post(
      `/api/polls/${f.pollId}/tallies`,
      paperTally(f, 'counter', 31, 20, 1, votes),
    );
    expect(beyond.json().error.field).toBe('issued');
    const counter = await f.clerk.post(
      `/api/polls/${f.pollId}/tallies`,
      paperTally(f, 'counter', 20, 20, 1, votes),
    );
    expect(counter.json()).toEqual({ counter: true, scrutineer: false, match: null });
    const same = await f.clerk.post(
      `/api/polls/${f.pollId}/tallies`,
      paperTally(f, 'scrutineer', 20, 20, 1, votes),
    );
    expect(same.statusCode).toBe(409);
    const wrong = await office.post(
      `/api/polls/${f.pollId}/tallies`,
      paperTally(f, 'scrutineer', 20, 20, 1, [{ 满意: 9, 不满意: 10 }, votes[1]!]),
    );
    expect(wrong.json()).toEqual({ counter: true, scrutineer: true, match: false });
    const status = await f.clerk.get(`/api/polls/${f.pollId}/tallies/status`);
    expect(status.json()).toEqual({ counter: true, scrutineer: true, match: false });
    const refused = await f.clerk.post(`/api/polls/${f.pollId}/certify`, { as: 'clerk' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('不一致');
    const right = await office.post(
      `/api/polls/${f.pollId}/tallies`,
      paperTally(f, 'scrutineer', 20, 20, 1, votes),
    );
    expect(right.json().match).toBe(true);
    const history = await t.database.db
      .select()
      .from(paperTallyHistory)
      .where(eq(paperTallyHistory.pollId, f.pollId));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ slot: 'scrutineer', enteredByName: '韩文君（乡考评办）' });
    expect(history[0]!.counts[f.questions[0]!.id]![f.questions[0]!.options[0]!.id]).toBe(9);
  });

  it('certifies with two different users in their capacities, then never changes', async () => {
    expect(
      (await (await t.as('juror')).post(`/api/polls/${f.pollId}/certify`, { as: 'host' })).statusCode,
    ).toBe(403);
    const clerkAsHost = await f.clerk.post(`/api/polls/${f.pollId}/certify`, { as: 'host' });
    expect(clerkAsHost.statusCode).toBe(403);
    const office = await t.as('office');
    expect(
      (await office.post(`/api/polls/${f.pollId}/certify`, { as: 'host' })).json().error.message,
    ).toContain('登记的主持人本人');
    const first = await f.clerk.post(`/api/polls/${f.pollId}/certify`, { as: 'clerk' });
    expect(first.statusCode).toBe(200);
    expect(first.json().allowedActions).toEqual(['enter_tally']);
    expect((await office.get(`/api/polls/${f.pollId}`)).json().allowedActions).toEqual(['enter_tally']);
    expect(first.json()).toMatchObject({
      status: 'closed',
      certification: { clerk: '赵小梅（愚公村记录员）' },
    });
    const second = await (await t.as('cadre')).post(`/api/polls/${f.pollId}/certify`, { as: 'host' });
    expect(second.statusCode).toBe(200);
    const poll = second.json();
    expect(poll.status).toBe('certified');
    expect(poll.paperIssued).toBe(20);
    expect(poll.allowedActions).toEqual([]);
    expect(poll.results).toMatchObject({ frozen: true, denominator: 'valid', quorumPreset: 'law2018' });
    expect((await f.clerk.get(`/api/polls/${f.pollId}`)).json().allowedActions).toEqual(['correct']);
    const q0 = poll.results.questions[0];
    expect(q0.options.map((o: { votes: number }) => o.votes)).toEqual([13, 12]);
    expect(q0).toMatchObject({ cast: 26, invalid: 1, valid: 25 });
    expect(q0.outcome).toMatchObject({ rejected: false, rejectVotes: 12, denominatorValue: 25 });
    const refusals = await Promise.all([
      f.clerk.patch(`/api/meetings/${f.meetingId}`, { attendance: 41 }),
      f.clerk.post(`/api/polls/${f.pollId}/close`),
      f.clerk.post(`/api/polls/${f.pollId}/open`),
      f.clerk.post(`/api/polls/${f.pollId}/codes`, { count: 1 }),
      f.clerk.post(`/api/polls/${f.pollId}/tallies`, paperTally(f, 'counter', 20, 20, 1, [])),
      f.clerk.post(`/api/polls/${f.pollId}/certify`, { as: 'clerk' }),
    ]);
    for (const r of refusals) expect(r.statusCode).toBe(409);
  });

  it('exports the certified record as a Chinese .docx', async () => {
    const res = await f.clerk.get(`/api/polls/${f.pollId}/record.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const s of [
      '表决结果记录',
      '李建国 2027 年度承诺事项',
      '村民代表会议',
      '王大海',
      '刘秀英',
      '实到人数',
      '40',
      '通过',
      '赵小梅（愚公村记录员）',
      '职责姓名签名日期',
      '计票人王大海',
      '监票人刘秀英',
      '主持人李建国',
      '记录员赵小梅（愚公村记录员）',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('corrects a certified poll only by a new linked poll with a reason', async () => {
    const body = {
      title: '更正：李建国 2027 年度承诺事项',
      purpose: 'pledge_confirmation',
      questions: [{ label: '新修村组水泥路2.5公里', options: CONFIRM_OPTIONS }],
      correctsPollId: f.pollId,
    };
    const noReason = await f.clerk.post(`/api/meetings/${f.meetingId}/polls`, body);
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe('correctionReason');
    const ok = await f.clerk.post(`/api/meetings/${f.meetingId}/polls`, {
      ...body,
      correctionReason: '纸质票计票漏计一张',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      correctsPollId: f.pollId,
      correctionReason: '纸质票计票漏计一张',
      status: 'draft',
    });
    const old = await f.clerk.get(`/api/polls/${f.pollId}`);
    expect(old.json().correctedByPollIds).toEqual([ok.json().id]);
    const [row] = await t.database.db.select().from(polls).where(eq(polls.id, f.pollId));
    expect(row!.status).toBe('certified');
  });

  it('hides every id from another township (404) and from the wrong roles (403)', async () => {
    const office2 = await t.as('office2');
    const urls = [
      ['GET', `/api/meetings/${f.meetingId}`],
      ['GET', `/api/polls/${f.pollId}`],
      ['GET', `/api/polls/${f.pollId}/results`],
      ['GET', `/api/polls/${f.pollId}/record.docx`],
      ['GET', `/api/polls/${f.pollId}/tallies/status`],
      ['POST', `/api/polls/${f.pollId}/close`],
      ['POST', `/api/polls/${f.pollId}/open`],
    ] as const;
    for (const [method, url] of urls) {
      const res = await office2.request({ method, url });
      expect(res.statusCode, url).toBe(404);
    }
    expect((await office2.patch(`/api/meetings/${f.meetingId}`, { minutes: 'x' })).statusCode).toBe(404);
    expect(
      (
        await office2.post(`/api/meetings/${f.meetingId}/polls`, {
          title: 'x',
          purpose: 'general',
          questions: [{ label: 'x', options: AGREE_OPTIONS }],
        })
      ).statusCode,
    ).toBe(404);
    expect((await office2.get('/api/meetings')).json()).toEqual([]);
    const supervisor = await t.as('supervisor');
    expect((await supervisor.get(`/api/polls/${f.pollId}`)).statusCode).toBe(200);
    expect((await supervisor.post(`/api/polls/${f.pollId}/codes`, { count: 1 })).statusCode).toBe(403);
    expect((await (await t.as(null)).get(`/api/polls/${f.pollId}`)).statusCode).toBe(401);
  });
});

describe('poll setup refusals', () => {
  it('names the field and stores nothing', async () => {
    const clerk = await t.as('clerk');
    const f = await openPollWithCodes(t, { codes: 1, open: false });
    const before = await t.database.db.select().from(polls);
    const duplicate = await clerk.post(`/api/meetings/${f.meetingId}/polls`, {
      title: '重复选项',
      purpose: 'general',
      questions: [
        { label: '议题一', options: AGREE_OPTIONS },
        { label: '议题二', options: [AGREE_OPTIONS[0], AGREE_OPTIONS[0]] },
      ],
    });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().error.field).toBe('questions.1.options');
    const wrongKind = await clerk.post(`/api/meetings/${f.meetingId}/polls`, {
      title: '民主测评',
      purpose: 'democratic_evaluation',
      questions: [{ label: '李建国', options: AGREE_OPTIONS }],
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().error).toMatchObject({ field: 'questions.0.options' });
    expect(wrongKind.json().error.message).toContain('民主测评不能有“同意”类选项');
    const noKind = await clerk.post(`/api/meetings/${f.meetingId}/polls`, {
      title: '没有类别',
      purpose: 'general',
      questions: [{ label: '议题一', options: [{ label: '同意' }, { label: '不同意' }] }],
    });
    expect(noKind.statusCode).toBe(400);
    expect(noKind.json().error.field).toBe('questions.0.options.0.kind');
    expect(noKind.json().error.message).toContain('选项类别');
    const oneOption = await clerk.post(`/api/meetings/${f.meetingId}/polls`, {
      title: '一个选项',
      purpose: 'general',
      questions: [{ label: '议题一', options: [AGREE_OPTIONS[0]] }],
    });
    expect(oneOption.json().error.field).toBe('questions.0.options');
    expect(oneOption.json().error.message).toContain('选项');
    const notCertified = await clerk.post(`/api/meetings/${f.meetingId}/polls`, {
      title: '更正',
      purpose: 'general',
      questions: [{ label: '议题一', options: AGREE_OPTIONS }],
      correctsPollId: f.pollId,
      correctionReason: '更正',
    });
    expect(notCertified.statusCode).toBe(409);
    expect(notCertified.json().error.field).toBe('correctsPollId');
    expect(await t.database.db.select().from(polls)).toHaveLength(before.length);
    const zero = await clerk.post(`/api/polls/${f.pollId}/codes`, { count: 0 });
    expect(zero.json().error.field).toBe('count');
    expect((await clerk.post(`/api/polls/${f.pollId}/close`)).statusCode).toBe(409);
  });
});

describe('certification needs quorum', () => {
  it('refuses a poll whose meeting fell short of quorum', async () => {
    const f = await openPollWithCodes(t, {
      attendance: 29,
      codes: 3,
      questions: [{ label: '议题', options: CONFIRM_OPTIONS }],
    });
    expect((await cast(f.codes[0]!, choose(f, '不满意'))).statusCode).toBe(201);
    await f.clerk.post(`/api/polls/${f.pollId}/close`);
    const res = await f.clerk.post(`/api/polls/${f.pollId}/certify`, { as: 'clerk' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('法定人数');
    const poll = (await f.clerk.get(`/api/polls/${f.pollId}`)).json();
    expect(poll.results.quorum).toMatchObject({ required: 30, present: 29, met: false });
    // One 不满意 of one valid vote; no verdict is shown before certification (which quorum prevents).
    expect(poll.results.questions[0].outcome).toMatchObject({ rejectVotes: 1, verdict: '待确认' });
  });
});

describe('one code, one ballot', () => {
  it('50 parallel casts of the same code store exactly one ballot', async () => {
    const f = await openPollWithCodes(t, {
      attendance: 40,
      codes: 2,
      questions: [{ label: '议题', options: CONFIRM_OPTIONS }],
    });
    const results = await Promise.all(Array.from({ length: 50 }, () => cast(f.codes[0]!, choose(f))));
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    for (const r of results.filter((x) => x.statusCode === 409)) {
      expect(r.json().error.message).toBe('此选票码已使用，每张选票只能投一次');
    }
    const stored = await t.database.db.select().from(ballots).where(eq(ballots.pollId, f.pollId));
    expect(stored).toHaveLength(1);
  });
});

describe('what a poll question may be about', () => {
  it('only a participant or pledge of the meeting’s village and campaign: anything else is 400 naming the field', async () => {
    const office = await t.as('office');
    const campaignId = (await office.get('/api/campaigns'))
      .json()
      .find((c: { year: number }) => c.year === 2027).id;
    const participants = (await office.get(`/api/campaigns/${campaignId}/participants`)).json() as {
      id: string;
      villageId: string;
    }[];
    const ours = participants.find((p) => p.villageId === t.demo.villageIds.愚公村)!;
    const theirs = participants.find((p) => p.villageId !== t.demo.villageIds.愚公村)!;
    const f = await openPollWithCodes(t, { campaignId, open: false, codes: 1 });
    const me = (await f.clerk.get('/api/auth/me')).json().userId as string;
    const poll = (subjectId: string, subjectType = 'participant') => ({
      title: '民主测评',
      purpose: 'democratic_evaluation',
      questions: [
        { label: '村干部甲', options: SATISFACTION_OPTIONS },
        { label: '村干部乙', options: SATISFACTION_OPTIONS, subjectType, subjectId },
      ],
    });
    const before = (await f.clerk.get(`/api/meetings/${f.meetingId}`)).json().polls.length;
    for (const [what, id, type] of [
      ['no such id', '00000000-0000-4000-8000-000000000000', 'participant'],
      ['another village', theirs.id, 'participant'],
      ['a user id', me, 'participant'],
      ['a participant named as a pledge', ours.id, 'pledge'],
    ] as const) {
      const res = await f.clerk.post(`/api/meetings/${f.meetingId}/polls`, poll(id, type));
      expect(res.statusCode, what).toBe(400);
      expect(res.json().error.field, what).toBe('questions.1.subjectId');
      expect(res.json().error.message, what).toContain('第 2 项议题');
    }
    expect((await f.clerk.get(`/api/meetings/${f.meetingId}`)).json().polls.length).toBe(before);
    const ok = await f.clerk.post(`/api/meetings/${f.meetingId}/polls`, poll(ours.id));
    expect(ok.statusCode).toBe(201);
  });
});

describe('a poll that hands out paper ballots', () => {
  it('cannot be certified before both paper sheets are entered, whatever came in by phone', async () => {
    const f = await openPollWithCodes(t, {
      attendance: 40,
      codes: 10,
      open: false,
      host: 'leader',
      questions: [{ label: '议题', options: CONFIRM_OPTIONS }],
    });
    const poll = await f.clerk.post(`/api/meetings/${f.meetingId}/polls`, {
      title: '纸质与选票码混合表决',
      purpose: 'pledge_confirmation',
      paperBallots: true,
      questions: [{ label: '议题', options: CONFIRM_OPTIONS }],
    });
    expect(poll.json().paperBallots).toBe(true);
    const id = poll.json().id;
    const codes = (await f.clerk.post(`/api/polls/${id}/codes`, { count: 5 })).json().codes;
    await f.clerk.post(`/api/polls/${id}/open`);
    const q = poll.json().questions[0];
    const yes = [{ questionId: q.id, optionId: q.options[0].id }];
    expect((await cast(codes[0], yes)).statusCode).toBe(201);
    const closed = (await f.clerk.post(`/api/polls/${id}/close`)).json();
    expect(closed.certificationProblems.join()).toContain('纸质票还没有录入');
    expect(closed.allowedActions).toContain('certify_as_clerk');
    const refused = await f.clerk.post(`/api/polls/${id}/certify`, { as: 'clerk' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('纸质票还没有录入');
    const sheet = (slot: string) => ({
      slot,
      issued: 30,
      returned: 30,
      invalid: 0,
      questions: [{ questionId: q.id, counts: { [q.options[0].id]: 20, [q.options[1].id]: 10 } }],
    });
    expect((await f.clerk.post(`/api/polls/${id}/tallies`, sheet('counter'))).statusCode).toBe(200);
    const one = await f.clerk.post(`/api/polls/${id}/certify`, { as: 'clerk' });
    expect(one.json().error.message).toContain('还缺一份录入');
    expect(
      (await (await t.as('office')).post(`/api/polls/${id}/tallies`, sheet('scrutineer'))).statusCode,
    ).toBe(200);
    expect((await f.clerk.post(`/api/polls/${id}/certify`, { as: 'clerk' })).statusCode).toBe(200);
  });

  it('a poll without ballots cannot be certified at all', async () => {
    const f = await openPollWithCodes(t, {
      codes: 3,
      host: 'leader',
      questions: [{ label: '议题', options: CONFIRM_OPTIONS }],
    });
    const closed = (await f.clerk.post(`/api/polls/${f.pollId}/close`)).json();
    expect(closed.certificationProblems).toContain('本次表决没有任何选票');
    expect((await f.clerk.post(`/api/polls/${f.pollId}/certify`, { as: 'clerk' })).statusCode).toBe(409);
  });
});

describe('a lost sheet of codes', () => {
  it('is voided: its unused codes no longer cast, count as 作废 and make room for a new sheet', async () => {
    const f = await openPollWithCodes(t, {
      attendance: 12,
      codes: 6,
      questions: [{ label: '议题', options: CONFIRM_OPTIONS }],
    });
    const second = (await f.clerk.post(`/api/polls/${f.pollId}/codes`, { count: 6 })).json();
    expect(second.batch).toBe(2);
    expect((await cast(second.codes[0], choose(f, '满意'))).statusCode).toBe(201);
    const full = await f.clerk.post(`/api/polls/${f.pollId}/codes`, { count: 1 });
    expect(full.statusCode).toBe(400);
    expect(
      (await (await t.as('cadre')).post(`/api/polls/${f.pollId}/codes/void`, { batch: 2, reason: '遗失' }))
        .statusCode,
    ).toBe(403);
    expect((await f.clerk.post(`/api/polls/${f.pollId}/codes/void`, { batch: 2 })).json().error.field).toBe(
      'reason',
    );
    const voided = await f.clerk.post(`/api/polls/${f.pollId}/codes/void`, {
      batch: 2,
      reason: '第二张选票码遗失',
    });
    expect(voided.statusCode).toBe(200);
    expect(voided.json()).toMatchObject({
      codesIssued: 7,
      codesVoided: 5,
      codeBatches: [
        { size: 6, voided: null },
        { size: 6, voided: 5 },
      ],
    });
    const again = await f.clerk.post(`/api/polls/${f.pollId}/codes/void`, { batch: 2, reason: '再次' });
    expect(again.statusCode).toBe(409);
    expect((await cast(second.codes[1], choose(f, '满意'))).statusCode).toBe(404);
    expect((await cast(f.codes[0]!, choose(f, '满意'))).statusCode).toBe(201);
    const third = await f.clerk.post(`/api/polls/${f.pollId}/codes`, { count: 5 });
    expect(third.statusCode).toBe(201);
    expect(third.json().batch).toBe(3);
    expect((await cast(third.json().codes[0], choose(f, '满意'))).statusCode).toBe(201);
    const audit = (await (await t.as('office')).get('/api/audit?action=poll.codes_void&limit=20')).json();
    expect(audit.entries.find((e: { entityId: string }) => e.entityId === f.pollId)).toMatchObject({
      reason: '第二张选票码遗失',
    });
  });
});
