import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.ts';
import { juryMeetings, juryScores } from '../../db/schema/index.ts';
import { juryScore } from '../../domain/evaluation/jury-score.ts';
import { type Client, createTestContext, type TestContext } from '../../test/harness.ts';
import type { MeetingView } from './jury.schema.ts';
import { demoMeeting, jurorPhones, ok, secondOffice, signInWithCode } from './jury.test-support.ts';
import { readJuryResults } from './jury-results.ts';
import { submitScore } from './scores.service.ts';

let t: TestContext;
let meeting: MeetingView;
let phones: Map<string, Client>;
let office: Client;
let base: string;

beforeAll(async () => {
  t = await createTestContext();
  meeting = await demoMeeting(t);
  office = await t.as('office');
  base = `/api/jury/meetings/${meeting.id}`;
});
afterAll(() => t.close());

const scoreCount = async () =>
  (
    await t.database.db.select({ n: count() }).from(juryScores).where(eq(juryScores.meetingId, meeting.id))
  )[0]!.n;
const view = async () => ok(await office.get(base)) as MeetingView;
/** The jurors who score a reporter: not tied to their village. */
const eligible = (m: MeetingView, reporter: MeetingView['reporters'][number]) =>
  m.jurors.filter((j) => !j.ties.some((tie) => tie.villageId === reporter.villageId));

describe('the demo meeting, set up and ready to run', () => {
  it('has its jury across the categories, ties, slips and reporters in order', () => {
    expect(meeting.status).toBe('setup');
    expect(new Set(meeting.jurors.map((j) => j.categoryLabel))).toEqual(
      new Set(['乡领导', '站办所负责人', '包村干部', '党代表', '人大代表', '政协委员', '村党员群众代表']),
    );
    const sun = meeting.jurors.find((j) => j.name === '孙志明')!;
    expect(sun.ties.map((x) => x.villageName).sort()).toEqual(['愚公村', '王屋村'].sort());
    expect(meeting.jurors.find((j) => j.name === '王大勇')!.ties[0]).toMatchObject({
      villageName: '太行村',
      sourceLabel: '本村代表',
    });
    expect(meeting.jurors.find((j) => j.name === '周建平')!.ties[0]).toMatchObject({
      villageName: '北山村',
      source: 'declared',
    });
    expect(meeting.jurors.find((j) => j.name === '钱卫东')!.signIn).toBe('account');
    expect(meeting.reporters.length).toBeGreaterThan(5);
    expect(meeting.reporters.map((r) => r.position)).toEqual(meeting.reporters.map((_, i) => i + 1));
    expect(meeting.allowedActions).toContain('start');
  });

  it('refuses other roles: 403', async () => {
    const juror = await t.as('juror');
    expect((await juror.get(base)).statusCode).toBe(403);
    expect((await (await t.as('cadre')).post(`${base}/start`)).statusCode).toBe(403);
    expect((await (await t.as('leader')).get(`${base}/monitor`)).statusCode).toBe(403);
    expect((await (await t.as('leader')).get(`${base}/screen`)).statusCode).toBe(200);
    expect((await juror.get(`${base}/screen`)).statusCode).toBe(403);
    expect((await (await t.as('office2')).get(base)).statusCode).toBe(404);
  });

  it('does not find the meeting for a juror of another township: 404, nothing stored', async () => {
    const [row] = await t.database.db.select().from(juryMeetings).where(eq(juryMeetings.id, meeting.id));
    const elsewhere = Object.values(t.demo.townshipIds).find((id) => id !== row!.townshipId)!;
    const outsider: Actor = {
      userId: crypto.randomUUID(),
      username: 'juror_elsewhere',
      displayName: '外乡评委',
      role: 'juror',
      scope: { countyId: row!.countyId, townshipId: elsewhere, villageId: null },
      personId: null,
      contactVillageIds: [],
    };
    const before = await scoreCount();
    const attempt = t.database.transaction((tx) =>
      submitScore(tx, outsider, meeting.id, { reporterId: meeting.reporters[0]!.id, total: 80 }),
    );
    await expect(attempt).rejects.toMatchObject({
      kind: 'not_found',
      message: expect.stringContaining('乡集中述职会'),
    });
    expect(await scoreCount()).toBe(before);
  });

  it('bad setup input: 400 in Chinese naming the field, nothing stored', async () => {
    const res = await office.post(`${base}/jurors`, {
      personId: meeting.jurors[0]!.personId,
      category: 'boss',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field: 'category' });
    expect(res.json().error.message).toMatch(/评委类别/);
    const twice = await office.post(`${base}/jurors`, {
      personId: meeting.jurors[0]!.personId,
      category: 'npc_deputy',
    });
    expect(twice.statusCode).toBe(409);
    const order = await office.put(`${base}/reporters`, {
      participantIds: [meeting.reporters[0]!.participantId, meeting.jurors[0]!.id],
    });
    expect(order.statusCode).toBe(400);
    expect(order.json().error.message).toMatch(/述职顺序/);
    expect((await view()).reporters.length).toBe(meeting.reporters.length);
  });

  it('a juror cannot score before the start', async () => {
    const res = await (await t.as('juror')).post(`${base}/scores`, {
      reporterId: meeting.reporters[0]!.id,
      total: 80,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('NOT_RUNNING');
  });
});

describe('running the meeting', () => {
  beforeAll(async () => {
    phones = await jurorPhones(t, meeting);
    meeting = ok(await office.post(`${base}/start`)) as MeetingView;
  });

  it('starts with the first reporter and numbers the jurors 评委1..N', () => {
    expect(meeting.status).toBe('running');
    expect(meeting.currentReporterId).toBe(meeting.reporters[0]!.id);
    expect(meeting.jurors.map((j) => j.alias).sort()).toEqual(
      meeting.jurors.map((_, i) => `评委${i + 1}`).sort(),
    );
  });

  it('a slip code signs in once only', async () => {
    const { slips } = ok(
      await office.post(`${base}/slips`, { jurorIds: [meeting.jurors.find((j) => j.name === '马丽华')!.id] }),
    ) as {
      slips: { code: string }[];
    };
    phones.set('马丽华', await signInWithCode(t, slips[0]!.code));
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/jury/sign-in',
      payload: { code: slips[0]!.code },
    });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.message).toMatch(/签到码/);
  });

  it('the phone shows the current reporter; a recused juror sees 回避 and cannot score', async () => {
    const first = meeting.reporters[0]!;
    const recused = meeting.jurors.find((j) => j.ties.some((x) => x.villageId === first.villageId))!;
    const phone = phones.get(recused.name)!;
    const mine = ok(await phone.get('/api/jury/mine')) as {
      meeting: { current: { name: string; recused: boolean; allowedActions: string[] } };
    };
    expect(mine.meeting.current).toMatchObject({ name: first.name, recused: true });
    expect(mine.meeting.current.allowedActions).not.toContain('score');
    const res = await phone.post(`${base}/scores`, { reporterId: first.id, total: 90 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'RECUSED' });
    expect(res.json().error.message).toMatch(/回避/);
  });

  it('out of range or malformed: 400 naming the field, nothing stored', async () => {
    const phone = phones.get('钱卫东')!;
    const reporterId = meeting.reporters[0]!.id;
    for (const [payload, field] of [
      [{ reporterId, total: 101 }, 'total'],
      [{ reporterId, total: -1 }, 'total'],
      [{ reporterId, total: 85.555 }, 'total'],
      [{ reporterId, total: '90' }, 'total'],
      [{ reporterId }, 'total'],
      [{ reporterId, total: 80, parts: [40, 40] }, 'parts'],
    ] as const) {
      const res = await phone.post(`${base}/scores`, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.field).toBe(field);
      expect(res.json().error.message).toMatch(/评分|分数/);
    }
    expect(await scoreCount()).toBe(0);
  });

  it('only the current reporter can be scored', async () => {
    const res = await phones
      .get('钱卫东')!
      .post(`${base}/scores`, { reporterId: meeting.reporters[1]!.id, total: 80 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('NOT_CURRENT');
  });

  it('each juror scores once (a second time: 409); the last score completes the result on the screen', async () => {
    const first = meeting.reporters[0]!;
    const scorers = eligible(meeting, first);
    const values = [81, 86.5, 90, 78, 84, 88, 79, 92];
    const given: { juror: string; value: number }[] = [];
    for (const [i, j] of scorers.entries()) {
      const screen = ok(await office.get(`${base}/screen`)) as {
        current: { scored: number };
        reporters: { score: number | null }[];
      };
      expect(screen.current.scored).toBe(i);
      expect(screen.reporters[0]!.score).toBeNull();
      const res = await phones
        .get(j.name)!
        .post(`${base}/scores`, { reporterId: first.id, total: values[i] });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toEqual({ reporterId: first.id, total: values[i], parts: null });
      const mine = ok(await phones.get(j.name)!.get('/api/jury/mine')) as {
        meeting: { current: { mine: unknown } };
      };
      expect(mine.meeting.current.mine).toEqual({ total: values[i], parts: null });
      given.push({ juror: j.alias!, value: values[i]! });
    }
    const twice = await phones
      .get(scorers[0]!.name)!
      .post(`${base}/scores`, { reporterId: first.id, total: 60 });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('ALREADY_SCORED');
    const screen = ok(await office.get(`${base}/screen`)) as {
      reporters: { score: number | null; recused: number; trimmed: boolean }[];
    };
    expect(screen.reporters[0]).toMatchObject({
      score: juryScore(given, 5).score,
      recused: meeting.jurors.length - scorers.length,
      trimmed: scorers.length >= 5,
    });
    expect(JSON.stringify(screen)).not.toMatch(/孙志明|钱卫东/);
  });

  it("下一位 under 'leave_out': the missing scores are left out", async () => {
    meeting = ok(await office.post(`${base}/next`)) as MeetingView;
    const second = meeting.reporters[1]!;
    expect(meeting.currentReporterId).toBe(second.id);
    const scorers = eligible(meeting, second).slice(0, 3);
    for (const [i, j] of scorers.entries()) {
      ok(await phones.get(j.name)!.post(`${base}/scores`, { reporterId: second.id, total: 70 + i * 5 }), 201);
    }
    expect((await view()).reporters[1]!.result.complete).toBe(false);
    meeting = ok(await office.post(`${base}/next`)) as MeetingView;
    expect(meeting.reporters[1]!.result).toMatchObject({
      complete: true,
      score: 75,
      counted: 3,
      trimmed: false,
    });
    expect(meeting.reporters[1]!.result.missing).toBe(eligible(meeting, second).length - 3);
    const late = await phones
      .get(eligible(meeting, second)[3]!.name)!
      .post(`${base}/scores`, { reporterId: second.id, total: 99 });
    expect(late.statusCode).toBe(409);
  });

  it('a correction needs a reason and a second office account', async () => {
    const scores = ok(await office.get(`/api/jury/reporters/${meeting.reporters[1]!.id}/scores`)) as {
      scores: { scoreId: string; total: number }[];
    };
    const target = scores.scores.find((s) => s.total === 70)!;
    const noReason = await office.post(`${base}/corrections`, {
      scoreId: target.scoreId,
      total: 80,
      reason: '',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toMatch(/更正理由/);
    const asked = ok(
      await office.post(`${base}/corrections`, {
        scoreId: target.scoreId,
        total: 76,
        reason: '评委将 76 误录为 70',
      }),
      201,
    ) as MeetingView;
    const correction = asked.corrections[0]!;
    expect(correction.allowedActions).toEqual(['cancel']);
    const self = await office.post(`/api/jury/corrections/${correction.id}/confirm`);
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('SAME_PERSON');
    expect((await view()).reporters[1]!.result.score).toBe(75);
    const other = await secondOffice(t);
    const confirmed = ok(await other.post(`/api/jury/corrections/${correction.id}/confirm`)) as MeetingView;
    expect(confirmed.reporters[1]!.result.score).toBe(77);
    expect(confirmed.corrections[0]).toMatchObject({
      oldTotal: 70,
      newTotal: 76,
      confirmedByName: '王秀芝（乡考评办）',
    });
    // The projector marks the changed result (and only that one), never saying whose score changed.
    const screen = ok(await office.get(`${base}/screen`)) as {
      reporters: { corrected: boolean; score: number }[];
    };
    expect(screen.reporters.map((r) => r.corrected)).toEqual(meeting.reporters.map((_, i) => i === 1));
    expect(screen.reporters[1]!.score).toBe(77);
  });

  it('paper sheets: two accounts, blind; they count only when they agree', async () => {
    const third = meeting.reporters[2]!;
    const [a, b] = eligible(meeting, third);
    const other = await secondOffice(t);
    const first = ok(
      await office.post(`${base}/paper`, {
        reporterId: third.id,
        entries: [
          { jurorId: a!.id, total: 83 },
          { jurorId: b!.id, total: 77 },
        ],
      }),
    ) as {
      waiting: number;
    };
    expect(first.waiting).toBe(2);
    expect((await view()).reporters[2]).toMatchObject({ scored: 0, paperPending: 2 });
    const second = ok(
      await other.post(`${base}/paper`, {
        reporterId: third.id,
        entries: [
          { jurorId: a!.id, total: 83 },
          { jurorId: b!.id, total: 71 },
        ],
      }),
    ) as {
      agreed: number;
      mismatched: { name: string }[];
    };
    expect(second.agreed).toBe(1);
    expect(second.mismatched.map((m) => m.name)).toEqual([b!.name]);
    // The second person never learns what the first keyed (ids are random and may contain "77").
    expect(second.mismatched.map((m) => Object.keys(m).sort())).toEqual([['jurorId', 'name']]);
    expect(JSON.stringify({ ...second, mismatched: second.mismatched.map((m) => m.name) })).not.toMatch(/77/);
    let progress = (await view()).reporters[2]!;
    expect(progress).toMatchObject({ scored: 1, paperMismatch: 1 });
    ok(await other.post(`${base}/paper`, { reporterId: third.id, entries: [{ jurorId: b!.id, total: 77 }] }));
    progress = (await view()).reporters[2]!;
    expect(progress).toMatchObject({ scored: 2, paperMismatch: 0, paperPending: 0 });
    const phone = await phones.get(a!.name)!.post(`${base}/scores`, { reporterId: third.id, total: 90 });
    expect(phone.statusCode).toBe(409);
    const bad = await office.post(`${base}/paper`, {
      reporterId: third.id,
      entries: [{ jurorId: eligible(meeting, third)[2]!.id, total: 180 }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/第 1 行“评分”/);
  });

  it('readJuryResults: complete results with anonymized scores and the dropped ones', async () => {
    const results = await readJuryResults(t.database.db, meeting.campaignId);
    const first = results.get(meeting.reporters[0]!.participantId)!;
    expect(first.complete).toBe(true);
    expect(first.scores.every((s) => /^评委\d+$/.test(s.juror))).toBe(true);
    expect(first.scores.filter((s) => s.dropped)).toHaveLength(first.scores.length >= 5 ? 2 : 0);
    expect(first.rule).toBe('去掉一个最高分和一个最低分后取平均');
    expect(results.get(meeting.reporters[1]!.participantId)).toMatchObject({
      score: 77,
      complete: true,
      rule: '评分不足 5 个，取全部评分的平均',
    });
    expect(results.get(meeting.reporters[3]!.participantId)).toMatchObject({ score: null, complete: false });
  });

  it('the monitor is the office console only; the anonymized report waits for the end', async () => {
    const monitor = ok(await office.get(`${base}/monitor`)) as { jurors: { name: string; scored: number }[] };
    expect(monitor.jurors).toHaveLength(meeting.jurors.length);
    const report = await office.get(`${base}/juror-report`);
    expect(report.statusCode).toBe(409);
    const finish = await office.post(`${base}/finish`);
    expect(finish.statusCode).toBe(409);
    expect(finish.json().error.code).toBe('RESULTS_PENDING');
  });

  it('the meeting finishes once every reporter is done; the report names no one', async () => {
    let m = await view();
    while (m.currentReporterId) m = ok(await office.post(`${base}/next`)) as MeetingView;
    m = ok(await office.post(`${base}/finish`)) as MeetingView;
    expect(m.status).toBe('finished');
    const report = ok(await office.get(`${base}/juror-report`)) as { jurors: { alias: string }[] };
    expect(report.jurors.map((j) => j.alias)).toEqual(m.jurors.map((_, i) => `评委${i + 1}`));
    const text = JSON.stringify(report);
    for (const j of m.jurors) expect(text).not.toContain(j.name);
    expect((await (await t.as('juror')).get('/api/jury/mine')).json()).toEqual({ meeting: null });
  });
});
