import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaigns, evaluationChairs, participants, polls, users } from '../../db/schema/index.ts';
import { villageEvaluationScore } from '../../domain/evaluation/village-evaluation.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { DEMO_TOWNSHIP } from '../demo/demo-data.ts';
import { ok } from '../pledges/pledges.test-support.ts';
import { DEMO_UNQUALIFIED_CADRE } from './village-evaluation.demo.ts';
import { readVillageEvaluations } from './village-evaluation-results.ts';

type Village = {
  villageId: string;
  villageName: string;
  state: string;
  chair: { personId: string; name: string; account: string; isSubject: boolean } | null;
  chairCandidates: { personId: string; name: string }[];
  poll: { id: string; status: string; openProblem: string | null; meetingId: string } | null;
  meetings: { id: string; attendance: number | null; quorumMet: boolean }[];
  participants: {
    participantId: string;
    name: string;
    result: {
      counts: {
        satisfied: number;
        basicallySatisfied: number;
        unsatisfied: number;
        unknown: number;
        blank: number;
      };
      valid: number;
      score: number | null;
      satisfactionRate: number | null;
      unqualified: boolean;
      optionScores: { satisfied: number; basicallySatisfied: number; unsatisfied: number };
    } | null;
  }[];
  allowedActions: string[];
};

let t: TestContext;
let campaignId: string;
let base: string;
beforeAll(async () => {
  t = await createTestContext();
  const [c] = await t.database.db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.townshipId, t.demo.townshipIds[DEMO_TOWNSHIP]!), eq(campaigns.year, 2026)));
  campaignId = c!.id;
  base = `/api/village-evaluations/campaigns/${campaignId}`;
});
afterAll(() => t.close());

const overview = async (who = 'office') =>
  (ok(await (await t.as(who)).get(base)) as { villages: Village[] }).villages;
const villageOf = async (name: string) => (await overview()).find((v) => v.villageName === name)!;
const pollCount = async () => (await t.database.db.select({ n: count() }).from(polls))[0]!.n;

describe('the demo year', () => {
  it('shows ten villages certified, 王屋村 drafted without quorum, 愚公村 not started; every chair recorded', async () => {
    const villages = await overview();
    expect(villages).toHaveLength(12);
    expect(villages.filter((v) => v.state === 'certified')).toHaveLength(10);
    expect(villages.every((v) => v.chair !== null && v.chair.account !== '')).toBe(true);
    const wangwu = villages.find((v) => v.villageName === '王屋村')!;
    expect(wangwu.state).toBe('draft');
    expect(wangwu.poll!.openProblem).toContain('还没有登记实到人数');
    const yugong = villages.find((v) => v.villageName === '愚公村')!;
    expect(yugong.state).toBe('not_started');
    expect(yugong.allowedActions).toEqual(['start', 'record_chair']);
    expect(yugong.chair!.account).toBe('supervisor');
    expect(yugong.meetings.some((m) => m.quorumMet)).toBe(true);
  });

  it('finds exactly one cadre unqualified, from the certified results, with the pure formula’s numbers', async () => {
    const results = await readVillageEvaluations(t.database.db, campaignId);
    const people = (await overview()).flatMap((v) => v.participants);
    const unqualified = people.filter((p) => p.result?.unqualified);
    expect(unqualified.map((p) => p.name)).toEqual([DEMO_UNQUALIFIED_CADRE]);
    const r = unqualified[0]!.result!;
    expect(r.counts.unsatisfied * 2).toBeGreaterThan(r.valid);
    for (const p of people) {
      const read = results.get(p.participantId);
      expect(p.result).toEqual(read ?? null);
      if (!read) continue;
      expect(villageEvaluationScore(read.counts, read.optionScores)).toEqual({
        valid: read.valid,
        score: read.score,
        satisfactionRate: read.satisfactionRate,
        unqualified: read.unqualified,
      });
      expect(read.optionScores).toEqual({ satisfied: 100, basicallySatisfied: 75, unsatisfied: 55 });
    }
    expect(results.size).toBe(people.filter((p) => p.result).length);
  });

  it('lets the county and a leader read, not a cadre or a supervisor', async () => {
    expect((await (await t.as('county')).get(base)).statusCode).toBe(200);
    expect((await (await t.as('cadre')).get(base)).statusCode).toBe(403);
    expect((await (await t.as('supervisor')).get(base)).statusCode).toBe(403);
  });
});

describe('starting a village’s evaluation', () => {
  it('refuses bad input in Chinese naming the field, and stores nothing', async () => {
    const office = await t.as('office');
    const yugong = await villageOf('愚公村');
    const before = await pollCount();
    const missing = await office.post(`${base}/start`, { villageId: yugong.villageId, paperBallots: true });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toContain('测评会议');
    const neither = await office.post(`${base}/start`, {
      villageId: yugong.villageId,
      meetingId: yugong.meetings[0]!.id,
      paperBallots: false,
      codes: 0,
    });
    expect(neither.statusCode).toBe(400);
    expect(neither.json().error.field).toBe('paperBallots');
    const wangwu = await villageOf('王屋村');
    const otherVillage = await office.post(`${base}/start`, {
      villageId: yugong.villageId,
      meetingId: wangwu.poll!.meetingId,
      paperBallots: true,
    });
    expect(otherVillage.statusCode).toBe(400);
    expect(otherVillage.json().error.message).toContain('“测评会议”须为本村');
    const tooMany = await office.post(`${base}/start`, {
      villageId: yugong.villageId,
      meetingId: yugong.meetings[0]!.id,
      paperBallots: true,
      codes: 4000,
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.field).toBe('codes');
    expect(await pollCount()).toBe(before);
  });

  it('refuses the wrong role and the wrong phase', async () => {
    const yugong = await villageOf('愚公村');
    const body = { villageId: yugong.villageId, meetingId: yugong.meetings[0]!.id, paperBallots: true };
    for (const who of ['cadre', 'leader', 'supervisor']) {
      expect((await (await t.as(who)).post(`${base}/start`, body)).statusCode).toBe(403);
    }
    const { db } = t.database;
    await db.update(campaigns).set({ phase: 'fulfilment' }).where(eq(campaigns.id, campaignId));
    try {
      const res = await (await t.as('office')).post(`${base}/start`, body);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toContain('评诺');
    } finally {
      await db.update(campaigns).set({ phase: 'evaluation' }).where(eq(campaigns.id, campaignId));
    }
  });

  it('starts one poll with a question per active participant, the config’s scores, and codes printed once', async () => {
    const office = await t.as('office');
    const yugong = await villageOf('愚公村');
    const started = ok(
      await office.post(`${base}/start`, {
        villageId: yugong.villageId,
        meetingId: yugong.meetings[0]!.id,
        paperBallots: true,
        codes: 3,
      }),
      201,
    ) as { pollId: string; codes: string[] };
    expect(started.codes).toHaveLength(3);
    const poll = ok(await office.get(`/api/polls/${started.pollId}`)) as {
      purpose: string;
      questions: {
        subjectType: string;
        subjectId: string;
        options: { kind: string; score: number | null }[];
      }[];
    };
    expect(poll.purpose).toBe('democratic_evaluation');
    expect(poll.questions.map((q) => q.subjectId).sort()).toEqual(
      yugong.participants.map((p) => p.participantId).sort(),
    );
    expect(poll.questions[0]!.options.map((o) => [o.kind, o.score])).toEqual([
      ['satisfied', 100],
      ['basically_satisfied', 75],
      ['unsatisfied', 55],
      ['dont_know', null],
    ]);
    const again = await office.post(`${base}/start`, {
      villageId: yugong.villageId,
      meetingId: yugong.meetings[0]!.id,
      paperBallots: true,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ALREADY_STARTED');
    expect((await villageOf('愚公村')).state).toBe('draft');
  });
});

/** Runs the village's draft poll to closed with both paper entries in: `votes` per question by kind. */
async function runToClosed(village: string, votes: Record<string, number>) {
  const clerk = await t.as('office');
  const second = await t.as(village === '愚公村' ? 'clerk' : 'jl1202');
  const v = await villageOf(village);
  const pollId = v.poll!.id;
  ok(await clerk.post(`/api/polls/${pollId}/open`));
  ok(await clerk.post(`/api/polls/${pollId}/close`));
  const poll = ok(await clerk.get(`/api/polls/${pollId}`)) as {
    questions: { id: string; options: { id: string; kind: string }[] }[];
  };
  const returned = Object.values(votes).reduce((a, b) => a + b, 0);
  const tally = {
    issued: returned,
    returned,
    invalid: 0,
    questions: poll.questions.map((q) => ({
      questionId: q.id,
      counts: Object.fromEntries(q.options.map((o) => [o.id, votes[o.kind] ?? 0])),
    })),
  };
  ok(await clerk.post(`/api/polls/${pollId}/tallies`, { slot: 'counter', ...tally }));
  ok(await second.post(`/api/polls/${pollId}/tallies`, { slot: 'scrutineer', ...tally }));
  return pollId;
}

describe('the quorum gate and the chair’s certification', () => {
  it('keeps a democratic evaluation closed while its meeting lacks quorum (409 in Chinese)', async () => {
    const office = await t.as('office');
    const wangwu = await villageOf('王屋村');
    const pollId = wangwu.poll!.id;
    const noAttendance = await office.post(`/api/polls/${pollId}/open`);
    expect(noAttendance.statusCode).toBe(409);
    expect(noAttendance.json().error.message).toContain('还没有登记实到人数');
    const meeting = ok(await office.get(`/api/meetings/${wangwu.poll!.meetingId}`)) as {
      meeting: { eligible: number };
      quorum: { required: number };
    };
    ok(
      await office.patch(`/api/meetings/${wangwu.poll!.meetingId}`, {
        attendance: meeting.quorum.required - 1,
      }),
    );
    const below = await office.post(`/api/polls/${pollId}/open`);
    expect(below.statusCode).toBe(409);
    expect(below.json().error.message).toContain('未达到法定人数');
    expect((await villageOf('王屋村')).poll!.openProblem).toContain('未达到法定人数');
    ok(
      await office.patch(`/api/meetings/${wangwu.poll!.meetingId}`, { attendance: meeting.quorum.required }),
    );
    expect((await villageOf('王屋村')).poll!.openProblem).toBeNull();
  });

  it('is certified as host by the village’s 村务监督委员会主任 only, then shows each cadre’s result', async () => {
    const pollId = await runToClosed('愚公村', {
      satisfied: 20,
      basically_satisfied: 10,
      unsatisfied: 5,
      dont_know: 3,
    });
    ok(await (await t.as('clerk')).post(`/api/polls/${pollId}/certify`, { as: 'clerk' }));
    for (const who of ['cadre', 'leader', 'office', 'inspector']) {
      const refused = await (await t.as(who)).post(`/api/polls/${pollId}/certify`, { as: 'host' });
      expect(refused.statusCode, who).toBe(403);
    }
    const chair = await t.as('supervisor');
    const seen = ok(await chair.get(`/api/polls/${pollId}`)) as {
      allowedActions: string[];
      evaluationChair: string;
    };
    expect(seen.allowedActions).toEqual(['certify_as_host']);
    expect(seen.evaluationChair).toContain('周大山');
    const home = ok(await chair.get('/api/village-evaluations/chaired')) as {
      pollId: string;
      awaitingChair: boolean;
    }[];
    expect(home[0]).toMatchObject({ pollId, awaitingChair: true });
    expect((await chair.post(`/api/polls/${pollId}/certify`, { as: 'clerk' })).statusCode).toBe(403);
    const certified = ok(await chair.post(`/api/polls/${pollId}/certify`, { as: 'host' })) as {
      status: string;
    };
    expect(certified.status).toBe('certified');
    const yugong = await villageOf('愚公村');
    expect(yugong.state).toBe('certified');
    expect(yugong.participants[0]!.result).toMatchObject({
      counts: { satisfied: 20, basicallySatisfied: 10, unsatisfied: 5, unknown: 3, blank: 0 },
      valid: 35,
      score: 86.43,
      satisfactionRate: 0.8571,
      unqualified: false,
    });
    expect(yugong.allowedActions).toEqual([]);
    const refused = await (await t.as('office')).put(`${base}/villages/${yugong.villageId}/chair`, {
      personId: yugong.chair!.personId,
    });
    expect(refused.statusCode).toBe(409);
  });

  it('refuses a chair who certifies as host a vote on their own evaluation', async () => {
    const office = await t.as('office');
    const wangwu = await villageOf('王屋村');
    const cadre = wangwu.participants.find((p) => p.name === '王志强')!;
    const [{ personId }] = (await t.database.db
      .select({ personId: participants.personId })
      .from(participants)
      .where(eq(participants.id, cadre.participantId))) as [{ personId: string }];
    const noAccount = await office.put(`${base}/villages/${wangwu.villageId}/chair`, { personId });
    expect(noAccount.statusCode).toBe(400);
    expect(noAccount.json().error.message).toContain('还没有村民监督员账号');
    const slip = ok(await office.post('/api/accounts', { role: 'supervisor', personId })) as {
      account: { username: string };
    };
    // Sign in without the first-password change: the demo password's hash, as the demo's accounts have.
    const [template] = await t.database.db.select().from(users).where(eq(users.username, 'supervisor'));
    await t.database.db
      .update(users)
      .set({ passwordHash: template!.passwordHash, mustChangePassword: false })
      .where(eq(users.username, slip.account.username));
    ok(await office.put(`${base}/villages/${wangwu.villageId}/chair`, { personId }));
    expect((await villageOf('王屋村')).chair!.isSubject).toBe(true);
    const pollId = await runToClosed('王屋村', { satisfied: 30, unsatisfied: 2 });
    const own = await (await t.as(slip.account.username)).post(`/api/polls/${pollId}/certify`, {
      as: 'host',
    });
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toContain('涉及您本人');
  });

  it('records a chair only from the village’s persons, and only by the office', async () => {
    const office = await t.as('office');
    const taihang = await villageOf('太行村');
    const wangwu = await villageOf('王屋村');
    const elsewhere = await office.put(`${base}/villages/${wangwu.villageId}/chair`, {
      personId: taihang.chair!.personId,
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.message).toContain('村务监督委员会主任');
    const clerk = await t.as('jl1202');
    expect(
      (await clerk.put(`${base}/villages/${wangwu.villageId}/chair`, { personId: wangwu.chair!.personId }))
        .statusCode,
    ).toBe(403);
    const certified = await office.put(`${base}/villages/${taihang.villageId}/chair`, {
      personId: taihang.chair!.personId,
    });
    expect(certified.statusCode).toBe(409);
    const rows = await t.database.db
      .select()
      .from(evaluationChairs)
      .where(eq(evaluationChairs.campaignId, campaignId));
    expect(rows).toHaveLength(12);
  });
});
