import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { DEMO_VILLAGES } from '../demo/demo-data.ts';

let t: TestContext;
let campaignId: string;
beforeAll(async () => {
  t = await createTestContext();
  const campaigns = (await (await t.as('office')).get('/api/campaigns')).json() as {
    id: string;
    year: number;
  }[];
  campaignId = campaigns.find((c) => c.year === 2027)!.id;
});
afterAll(() => t.close());

const village = (name: string, code?: string | null) => ({
  name,
  ...(code === undefined ? {} : { code }),
  adultPopulation: 900,
  households: 300,
  representatives: 25,
  partyMembers: 30,
});
const names = (list: { name?: string; villageName?: string }[]) => [
  ...new Set(list.map((v) => v.villageName ?? v.name)),
];

describe('villages in the order of their 统计用区划代码', () => {
  it('lists the demo villages by code on the village list, the participants and the pledging overview', async () => {
    const office = await t.as('office');
    const byCode = DEMO_VILLAGES.map((v) => v.name);
    expect(names((await office.get('/api/villages')).json())).toEqual(byCode);
    const participants = (await office.get(`/api/campaigns/${campaignId}/participants`)).json();
    expect(names(participants)).toEqual(byCode);
    const overview = (await office.get(`/api/campaigns/${campaignId}/pledging/overview`)).json();
    expect(names(overview.villages)).toEqual(byCode);
  });

  it('puts a new village where its code says, and villages without a code after the coded ones', async () => {
    const office = await t.as('office');
    expect((await office.post('/api/villages', village('后沟村'))).statusCode).toBe(200);
    const created = await office.post('/api/villages', village('前进村', '419999101200'));
    expect(created.statusCode).toBe(200);
    expect(created.json().code).toBe('419999101200');
    const list = names((await office.get('/api/villages')).json());
    expect(list[0]).toBe('前进村');
    expect(list.at(-1)).toBe('后沟村');
  });

  it.each([
    ['4199991012', /12 位数字/],
    ['41999910120A', /12 位数字/],
  ])('refuses the code %s naming the field', async (code, message) => {
    const res = await (await t.as('office')).post('/api/villages', village('错码村', code));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('code');
    expect(res.json().error.message).toMatch(message);
  });

  it('refuses a code another village of the county already has (409 naming the field and that village)', async () => {
    const office = await t.as('office');
    const res = await office.post('/api/villages', village('重码村', '419999101202'));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'DUPLICATE_CODE', field: 'code' });
    expect(res.json().error.message).toContain('王屋村');
    const neighbour = await (await t.as('office2')).post('/api/villages', village('重码村', '419999101203'));
    expect(neighbour.statusCode).toBe(409);
    const wangwu = (await office.get('/api/villages'))
      .json()
      .find((v: { name: string }) => v.name === '王屋村');
    const clear = await office.patch(`/api/villages/${wangwu.id}`, { code: null });
    expect(clear.statusCode).toBe(200);
    expect(clear.json().code).toBeNull();
  });
});
