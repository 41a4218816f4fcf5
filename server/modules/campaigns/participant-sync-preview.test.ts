import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

type Preview = {
  campaignId: string;
  year: number;
  add: { name: string; villageName: string; roleLabel: string }[];
  update: { name: string }[];
  remove: { name: string; villageName: string; roleLabel: string }[];
};

const previews = async (user = 'office') =>
  (await t.as(user)).get('/api/campaigns/participant-sync-previews');

describe('what refreshing the participants would do', () => {
  it('names who would be added and removed after a change of post, writes nothing, then the sync does it', async () => {
    const office = await t.as('office');
    const of2027 = async () => ((await previews()).json() as Preview[]).find((p) => p.year === 2027);
    // Only campaigns whose phase allows a refresh (the 2027 one in 筹备).
    expect(await of2027()).toMatchObject({ add: [], update: [], remove: [] });

    const yugong = (await office.get(`/api/villages/${t.demo.villageIds.愚公村}`)).json();
    const director = yugong.positions.find(
      (p: { post: string; current: boolean }) => p.post === 'committee_director' && p.current,
    );
    expect(
      (await office.post(`/api/positions/${director.id}/end`, { endDate: '2026-12-31' })).statusCode,
    ).toBe(200);
    const person = (
      await office.post('/api/persons', { villageId: yugong.id, name: '王大成', partyMember: false })
    ).json();
    const appointed = await office.post('/api/positions', {
      personId: person.id,
      post: 'committee_director',
      startDate: '2027-01-01',
    });
    expect(appointed.statusCode, appointed.body).toBe(200);

    const after = await of2027();
    expect(after!.add).toEqual([
      { personId: person.id, name: '王大成', villageName: '愚公村', roleLabel: '村委会主任' },
    ]);
    // 李建国 held both posts: he stays in as secretary only (a changed role), nobody leaves.
    expect(after!.update.map((u) => u.name)).toEqual([director.personName]);
    expect(after!.remove).toEqual([]);
    const stored = (await office.get(`/api/campaigns/${after!.campaignId}/participants`)).json();
    expect(stored.some((p: { name: string }) => p.name === '王大成')).toBe(false);

    const synced = await office.post(`/api/campaigns/${after!.campaignId}/participants/sync`);
    expect(synced.json()).toEqual({ added: 1, updated: 1, removed: 0 });
    expect(await of2027()).toMatchObject({ add: [], update: [], remove: [] });
  });

  it('is for the office: other roles are refused', async () => {
    for (const who of ['clerk', 'cadre', 'county']) expect((await previews(who)).statusCode, who).toBe(403);
  });
});
