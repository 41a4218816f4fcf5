import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, candidatePledges } from '../../db/schema/index.ts';
import { addDays, localToday } from '../../domain/local-time.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { demoActor } from '../demo/demo-actors.ts';
import { DEMO_WEAK_VILLAGE } from '../weak-organizations/weak-organizations.demo.ts';
import { DEMO_ELECTION_DATE } from './elections.demo.ts';
import type { ElectionsView } from './elections.schema.ts';
import { recordResults } from './elections.service.ts';

let t: TestContext;
let y2026: string;
beforeAll(async () => {
  t = await createTestContext();
  y2026 = t.demo.campaignIds[2026]!;
}, 600_000);
afterAll(() => t.close());

const url = () => `/api/campaigns/${y2026}/elections`;
const view = async (who = 'office') => {
  const res = await (await t.as(who)).get(url());
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ElectionsView;
};
const pledge = {
  category: '经济发展',
  title: '建成村集体光伏电站',
  content: '利用村委会屋顶建设光伏电站',
  completionStandard: '并网发电，村集体年增收3万元',
  dueDate: '2028-06-30',
};

describe('the demo’s 换届 in 北山村', () => {
  it('lists two 村委会主任 candidates with speeches and pledges, published and on the village board', async () => {
    const v = await view();
    const beishan = v.elections.find((e) => e.villageName === DEMO_WEAK_VILLAGE)!;
    expect(beishan).toMatchObject({ electionDate: DEMO_ELECTION_DATE, postLabels: ['村委会主任'] });
    expect(beishan.candidates.map((c) => c.name)).toEqual(['孙红梅', '王立新']);
    expect(beishan.candidates[0]!.pledges).toHaveLength(2);
    expect(v.villages.map((x) => x.name)).not.toContain(DEMO_WEAK_VILLAGE);
    // The county reads, never writes.
    expect((await view('county')).elections[0]!.allowedActions).toEqual([]);
    const board = await (await t.as(null)).get(
      `/api/public/villages/${t.demo.villageIds[DEMO_WEAK_VILLAGE]}/board`,
    );
    const published = board.json().publications.find((p: { kind: string }) => p.kind === 'candidates');
    expect(published).toMatchObject({ kindLabel: '候选人竞职承诺', startDate: '2026-11-28' });
    expect(published.content.candidates.map((c: { name: string }) => c.name)).toEqual(['孙红梅', '王立新']);
  });

  it('is not seen by another township', async () => {
    expect((await (await t.as('office2')).get(url())).statusCode).toBe(404);
    const beishan = (await view()).elections.find((e) => e.villageName === DEMO_WEAK_VILLAGE)!;
    const res = await (await t.as('office2')).post(`/api/elections/${beishan.id}/candidates`, {
      name: '某某',
      post: 'committee_director',
      speech: '演讲',
      speechDate: '2026-11-30',
      pledges: [pledge],
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('recording a village’s election', () => {
  it('refuses bad input naming the field, stores nothing partial, freezes what was published', async () => {
    const office = await t.as('office');
    const today = localToday();
    const day = addDays(today, 10);
    const villageId = t.demo.villageIds.愚公村!;
    expect(
      (
        await (
          await t.as('leader')
        ).post(url(), { villageId, electionDate: day, posts: ['committee_director'] })
      ).statusCode,
    ).toBe(403);
    const noPosts = await office.post(url(), { villageId, electionDate: day, posts: [] });
    expect(noPosts.json().error).toMatchObject({ field: 'posts' });
    const created = await office.post(url(), {
      villageId,
      electionDate: day,
      posts: ['party_secretary', 'committee_director'],
    });
    expect(created.statusCode, created.body).toBe(200);
    const election = (created.json() as ElectionsView).elections.find((e) => e.villageId === villageId)!;
    expect(election.allowedActions).toEqual(['add_candidate']);
    // (publish is offered once a candidate is recorded)
    const cadre = election.cadres[0]!;
    const candidates = `/api/elections/${election.id}/candidates`;
    const body = {
      personId: cadre.personId,
      post: 'party_secretary',
      speech: '请大家监督',
      speechDate: today,
      pledges: [pledge],
    };
    const pledgesBefore = (await t.database.db.select({ n: count() }).from(candidatePledges))[0]!.n;
    for (const [bad, field] of [
      [{ ...body, pledges: [pledge, { ...pledge, category: '其他' }] }, 'category'],
      [{ ...body, pledges: [{ ...pledge, dueDate: '2040-01-01' }] }, 'dueDate'],
      [{ ...body, pledges: [{ ...pledge, title: '' }] }, 'title'],
      [{ ...body, pledges: [] }, 'pledges'],
      [{ ...body, speechDate: addDays(day, 1) }, 'speechDate'],
      [{ ...body, personId: undefined }, 'name'],
    ] as const) {
      const res = await office.post(candidates, bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      // A pledge's own field is named by its place (pledges.0.title) when the shape refuses it.
      expect(res.json().error.field).toMatch(new RegExp(`(^|\\.)${field}$`));
      expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect((await t.database.db.select({ n: count() }).from(candidatePledges))[0]!.n).toBe(pledgesBefore);
    const added = await office.post(candidates, body);
    expect(added.statusCode, added.body).toBe(200);
    const newcomer = await office.post(candidates, {
      ...body,
      personId: undefined,
      name: '李新民',
      post: 'committee_director',
    });
    const after = (newcomer.json() as ElectionsView).elections.find((e) => e.id === election.id)!;
    expect(after.candidates.map((c) => [c.name, c.postLabel])).toEqual([
      [cadre.name, '村党组织书记'],
      ['李新民', '村委会主任'],
    ]);
    expect(after.candidates[0]!.personId).toBe(cadre.personId);
    const dup = await office.post(candidates, body);
    expect(dup.statusCode).toBe(409);
    expect((await office.post(`/api/elections/${election.id}/results`, { electedIds: [] })).statusCode).toBe(
      409,
    );

    const published = await office.post(`/api/campaigns/${y2026}/publications`, {
      kind: 'candidates',
      villageId,
      startDate: today,
    });
    expect(published.statusCode, published.body).toBe(201);
    await office.post(candidates, {
      ...body,
      personId: undefined,
      name: '后来者',
      post: 'committee_director',
    });
    const board = await (await t.as(null)).get(`/api/public/villages/${villageId}/board`);
    const onBoard = board.json().publications.find((p: { kind: string }) => p.kind === 'candidates');
    expect(onBoard.title).toBe('愚公村换届选举候选人竞职承诺公示');
    expect(onBoard.content.candidates.map((c: { name: string }) => c.name)).toEqual([cadre.name, '李新民']);

    // On the day after the election the office records who was elected, once.
    const [secretary, director] = after.candidates;
    const actor = await t.database.db.transaction((tx) => demoActor(tx, 'office'));
    const later = new Date(Date.now() + 11 * 86_400_000);
    await expect(
      t.database.db.transaction((tx) =>
        recordResults(tx, actor, election.id, [director!.id, director!.id.replace(/.$/, '0')], later),
      ),
    ).rejects.toMatchObject({ field: 'electedIds' });
    await t.database.db.transaction((tx) =>
      recordResults(tx, actor, election.id, [secretary!.id, director!.id], later),
    );
    const final = (await view()).elections.find((e) => e.id === election.id)!;
    expect(final.resultsRecorded).toBe(true);
    expect(final.candidates.map((c) => c.elected)).toEqual([true, true, false]);
    const audits = await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.entityId, election.id));
    expect(audits[0]!.n).toBe(5);
  });
});
