import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaigns, participants, pledgeSets } from '../../db/schema/index.ts';
import { defaultCampaignConfig } from '../../domain/campaign-config.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { confirmResults } from '../county/county.test-support.ts';

let t: TestContext;

beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const lastAudit = async (action: string) => {
  const res = await (await t.as('office')).get(`/api/audit?action=${action}&limit=1`);
  return res.json().entries[0];
};

async function createCampaign(year: number, username = 'office') {
  const res = await (await t.as(username)).post('/api/campaigns', { year });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; year: number; phase: string };
}

describe('campaign list and demo', () => {
  it('lists the demo 2027 campaign of 愚公乡 in setup with its participants', async () => {
    const res = await (await t.as('office')).get('/api/campaigns');
    expect(res.statusCode).toBe(200);
    const demo = res.json().find((c: { year: number }) => c.year === 2027);
    expect(demo).toMatchObject({
      townshipName: '愚公乡',
      phase: 'setup',
      phaseLabel: '筹备',
      participantCount: 16,
      excludedCount: 1,
    });
  });

  it('shows a county viewer every township, and a neighbour office only its own', async () => {
    await createCampaign(2027, 'office2');
    const county = (await (await t.as('county')).get('/api/campaigns')).json();
    expect(new Set(county.map((c: { townshipName: string }) => c.townshipName))).toEqual(
      new Set(['愚公乡', '太行乡']),
    );
    const neighbour = (await (await t.as('office2')).get('/api/campaigns')).json();
    expect(neighbour.map((c: { townshipName: string }) => c.townshipName)).toEqual(['太行乡']);
  });
});

describe('creating a campaign', () => {
  it('creates one in setup with the default config and derived participants', async () => {
    // 2024: a year the demo has no campaign for (2026 and 2027 are the demo's).
    const created = await createCampaign(2024);
    expect(created).toMatchObject({
      year: 2024,
      phase: 'setup',
      nextPhase: 'pledging',
      nextPhaseRefusals: [],
    });
    expect((created as unknown as { config: unknown }).config).toEqual(defaultCampaignConfig(2024));
    const people = (await (await t.as('office')).get(`/api/campaigns/${created.id}/participants`)).json();
    expect(people).toHaveLength(16);
    expect((await lastAudit('campaign.create')).after).toMatchObject({ year: 2024, participants: 16 });
  });

  it('refuses a second campaign for the same year with 409 naming the year', async () => {
    const res = await (await t.as('office')).post('/api/campaigns', { year: 2027 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'DUPLICATE_YEAR', field: 'year' });
    expect(res.json().error.message).toContain('2027 年度的考评活动已经存在');
  });

  it.each([[1999], [2101], ['2028'], [2028.5]])('refuses year %o with 400', async (year) => {
    const res = await (await t.as('office')).post('/api/campaigns', { year });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field: 'year' });
    expect(res.json().error.message).toMatch(/年度/);
  });

  it('lets no county viewer or village role write', async () => {
    for (const user of ['county', 'cadre', 'leader']) {
      const res = await (await t.as(user)).post('/api/campaigns', { year: 2030 });
      expect(res.statusCode).toBe(403);
    }
  });
});

describe('config', () => {
  let id: string;
  beforeAll(async () => {
    id = (await createCampaign(2028)).id;
  });

  it('is updated in setup and audited with before and after', async () => {
    const config = { ...defaultCampaignConfig(2028), minItemsPerPerson: 4 };
    const res = await (await t.as('office')).put(`/api/campaigns/${id}/config`, { config });
    expect(res.statusCode).toBe(200);
    expect(res.json().config.minItemsPerPerson).toBe(4);
    const entry = await lastAudit('campaign.config_update');
    expect(entry.before.config.minItemsPerPerson).toBe(3);
    expect(entry.after.config.minItemsPerPerson).toBe(4);
  });

  it('refuses a cross-field problem with 400 naming the field, storing nothing', async () => {
    const config = {
      ...defaultCampaignConfig(2028),
      compositeWeights: { village: 30, jury: 30, inspection: 41 },
    };
    const res = await (await t.as('office')).put(`/api/campaigns/${id}/config`, { config });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'INVALID_INPUT', field: 'compositeWeights' });
    expect(res.json().error.message).toBe('综合考评权重之和必须为 100（现为 101）');
    const [row] = await t.database.db.select().from(campaigns).where(eq(campaigns.id, id));
    expect(row!.config.compositeWeights).toEqual({ village: 30, jury: 30, inspection: 40 });
    expect(row!.config.minItemsPerPerson).toBe(4);
  });

  it.each([
    [{ publicityDays: 4, objectionDays: 3 }, 'publicityDays', /公示期不能少于 5 天/],
    [{ commitmentDeadline: '2027-03-31' }, 'commitmentDeadline', /2028 年内/],
    [
      {
        grades: [
          { label: '优秀', minScore: 90 },
          { label: '合格', minScore: 90 },
        ],
      },
      'grades.1.minScore',
      /分数线/,
    ],
  ])('refuses %o naming %s', async (changes, field, message) => {
    const config = { ...defaultCampaignConfig(2028), ...changes };
    const res = await (await t.as('office')).put(`/api/campaigns/${id}/config`, { config });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
    expect(res.json().error.message).toMatch(message);
  });

  it.each([
    [{ color: 'red' }, 'config.color', /不认识的字段/],
    [{ minItemsPerPerson: 'three' }, 'config.minItemsPerPerson', /每人最少承诺事项数/],
    [{ categories: ['很'.repeat(21)] }, 'config.categories.0', /承诺类别/],
    [{ overlapThreshold: 2 }, 'config.overlapThreshold', /相似度阈值/],
    [{ compositeWeights: { village: 30, jury: 30 } }, 'config.compositeWeights.inspection', /“实地考核权重”/],
    [{ grades: [{ label: '', minScore: 90 }] }, 'config.grades.0.label', /“名称”/],
    [{ topGradeCap: undefined }, 'config.topGradeCap', /优秀等次比例上限/],
    [{ letterDueDays: 0 }, 'config.letterDueDays', /监督信箱答复期限/],
    [{ letterDueDays: 61 }, 'config.letterDueDays', /监督信箱答复期限/],
  ])('refuses the malformed %o naming %s', async (changes, field, message) => {
    const config = { ...defaultCampaignConfig(2028), ...changes };
    const res = await (await t.as('office')).put(`/api/campaigns/${id}/config`, { config });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
    expect(res.json().error.message).toMatch(message);
  });

  it('takes a config without the letter answer period (an older form) as the default 15 days', async () => {
    const { letterDueDays: _, ...older } = { ...defaultCampaignConfig(2028), letterDueDays: 20 };
    const res = await (await t.as('office')).put(`/api/campaigns/${id}/config`, { config: older });
    expect(res.statusCode).toBe(200);
    expect(res.json().config.letterDueDays).toBe(15);
    const changed = { ...defaultCampaignConfig(2028), letterDueDays: 30 };
    const set = await (await t.as('office')).put(`/api/campaigns/${id}/config`, { config: changed });
    expect(set.json().config.letterDueDays).toBe(30);
  });

  it('is locked after setup unless overridden with a reason, which is audited', async () => {
    const office = await t.as('office');
    expect((await office.post(`/api/campaigns/${id}/transition`, { to: 'pledging' })).statusCode).toBe(200);
    const config = { ...defaultCampaignConfig(2028), publicityDays: 10 };
    const locked = await office.put(`/api/campaigns/${id}/config`, { config });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('WRONG_PHASE');
    expect(locked.json().error.message).toMatch(/“承诺”阶段，考评设置已锁定/);
    const blank = await office.put(`/api/campaigns/${id}/config`, { config, reason: '   ' });
    expect(blank.statusCode).toBe(409);
    const reason = '县委组织部通知：公示期统一延长为 10 天';
    const ok = await office.put(`/api/campaigns/${id}/config`, { config, reason });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().config.publicityDays).toBe(10);
    const entry = await lastAudit('campaign.config_override');
    expect(entry).toMatchObject({ reason, entityId: id });
    expect(entry.before.config.publicityDays).toBe(7);
  });
});

describe('transitions', () => {
  it('refuses skipping or going back, in Chinese, and allows the next phase', async () => {
    const { id } = await createCampaign(2029);
    const office = await t.as('office');
    const skip = await office.post(`/api/campaigns/${id}/transition`, { to: 'fulfilment' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error).toMatchObject({ code: 'TRANSITION_REFUSED' });
    expect(skip.json().error.message).toMatch(/只能从“筹备”进入“承诺”阶段/);
    const ok = await office.post(`/api/campaigns/${id}/transition`, { to: 'pledging' });
    expect(ok.json()).toMatchObject({ phase: 'pledging', phaseLabel: '承诺', nextPhase: 'fulfilment' });
    const unknown = await office.post(`/api/campaigns/${id}/transition`, { to: 'done' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ field: 'to' });
    expect(unknown.json().error.message).toMatch(/^“目标阶段”：只能是：筹备、承诺/);
    const back = await office.post(`/api/campaigns/${id}/transition`, { to: 'setup' });
    expect(back.statusCode).toBe(409);
    expect((await lastAudit('campaign.transition')).after).toEqual({ phase: 'pledging' });
  });

  it('asks the modules for their facts (pledges: sets not approved) and names what blocks the transition', async () => {
    const { id } = await createCampaign(2030);
    const office = await t.as('office');
    await office.post(`/api/campaigns/${id}/transition`, { to: 'pledging' });
    const detail = (await office.get(`/api/campaigns/${id}`)).json();
    expect(detail.nextPhaseRefusals).toEqual(['还有 16 名承诺主体的承诺事项未经乡党委政府批准']);
    const refused = await office.post(`/api/campaigns/${id}/transition`, { to: 'fulfilment' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe('还有 16 名承诺主体的承诺事项未经乡党委政府批准');
    const people = await t.database.db.select().from(participants).where(eq(participants.campaignId, id));
    await t.database.db.insert(pledgeSets).values(
      people.map(({ countyId, townshipId, villageId, campaignId, id: participantId }) => ({
        ...{ countyId, townshipId, villageId, campaignId, participantId },
        status: 'approved' as const,
      })),
    );
    expect((await office.post(`/api/campaigns/${id}/transition`, { to: 'fulfilment' })).statusCode).toBe(200);
  });

  it('refuses pledging when every participant is excluded', async () => {
    const office2 = await t.as('office2');
    const { id } = (await office2.post('/api/campaigns', { year: 2026 })).json();
    const people = (await office2.get(`/api/campaigns/${id}/participants`)).json();
    expect(people).toHaveLength(3);
    for (const p of people) {
      const res = await office2.post(`/api/participants/${p.id}/exclude`, {
        reason: '立案审查',
        date: '2026-02-01',
      });
      expect(res.statusCode).toBe(200);
    }
    const refused = await office2.post(`/api/campaigns/${id}/transition`, { to: 'pledging' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/没有可参加考评的承诺主体/);
    await office2.post(`/api/participants/${people[0].id}/reinstate`, { reason: '经查无违纪问题，已撤案' });
    expect((await office2.post(`/api/campaigns/${id}/transition`, { to: 'pledging' })).statusCode).toBe(200);
  });
});

describe('concurrent requests', () => {
  it('creates a year once when two requests race', async () => {
    const office = await t.as('office');
    const results = await Promise.all([
      office.post('/api/campaigns', { year: 2040 }),
      office.post('/api/campaigns', { year: 2040 }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.statusCode === 409)!.json().error.code).toBe('DUPLICATE_YEAR');
  });

  it('moves one phase on when two transitions race', async () => {
    const { id } = await createCampaign(2041);
    const office = await t.as('office');
    const results = await Promise.all([
      office.post(`/api/campaigns/${id}/transition`, { to: 'pledging' }),
      office.post(`/api/campaigns/${id}/transition`, { to: 'pledging' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const transitions = (await office.get('/api/audit?action=campaign.transition&limit=50')).json().entries;
    expect(transitions.filter((e: { entityId: string }) => e.entityId === id)).toHaveLength(1);
  });
});

describe('archiving', () => {
  /**
   * Later phases need other modules' facts (approved pledges, grades): start the test at 奖惩, the
   * results confirmed and submitted to the county (archiving waits for that).
   */
  const atSanctions = async (id: string) => {
    await t.database.db.update(campaigns).set({ phase: 'sanctions' }).where(eq(campaigns.id, id));
    await confirmResults(t.database.db, id);
    const submitted = await (await t.as('office')).post(`/api/county/reports/${id}/submissions`, {});
    expect(submitted.statusCode, submitted.body).toBe(201);
  };

  it('seals the year and then refuses every write of the module', async () => {
    const { id } = await createCampaign(2031);
    const office = await t.as('office');
    await atSanctions(id);
    expect((await office.post(`/api/campaigns/${id}/transition`, { to: 'archived' })).statusCode).toBe(200);
    const detail = (await office.get(`/api/campaigns/${id}`)).json();
    expect(detail).toMatchObject({ phase: 'archived', nextPhase: null });
    expect(detail.sealHash).toMatch(/^[0-9a-f]{64}$/);
    expect(detail.nextPhaseRefusals).toEqual(['活动已归档，不能再变更阶段']);
    expect((await office.get(`/api/campaigns/${id}/seal`)).json()).toMatchObject({
      intact: true,
      changed: [],
    });

    const [person] = (await office.get(`/api/campaigns/${id}/participants`)).json();
    const config = defaultCampaignConfig(2031);
    const writes = [
      office.put(`/api/campaigns/${id}/config`, { config }),
      office.put(`/api/campaigns/${id}/config`, { config, reason: '更正' }),
      office.post(`/api/campaigns/${id}/participants/sync`),
      office.post(`/api/participants/${person.id}/exclude`, { reason: '立案审查', date: '2031-05-01' }),
    ];
    for (const res of await Promise.all(writes)) {
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'WRONG_PHASE' });
      expect(res.json().error.message).toMatch(/已归档封存/);
    }
    const again = await office.post(`/api/campaigns/${id}/transition`, { to: 'archived' });
    expect(again.json().error).toMatchObject({
      code: 'TRANSITION_REFUSED',
      message: '活动已归档，不能再变更阶段',
    });
  });

  it('shows a changed row after sealing as a broken seal', async () => {
    const { id } = await createCampaign(2032);
    const office = await t.as('office');
    await atSanctions(id);
    expect((await office.post(`/api/campaigns/${id}/transition`, { to: 'archived' })).statusCode).toBe(200);
    await t.database.db.update(campaigns).set({ year: 2033 }).where(eq(campaigns.id, id));
    expect((await office.get(`/api/campaigns/${id}/seal`)).json()).toMatchObject({
      intact: false,
      changed: ['考评活动与承诺主体'],
    });
  });
});

describe('scope', () => {
  it('hides another township’s campaign from a township office (404)', async () => {
    const [demo] = (await (await t.as('office')).get('/api/campaigns')).json();
    const office2 = await t.as('office2');
    const config = defaultCampaignConfig(demo.year);
    for (const res of [
      await office2.get(`/api/campaigns/${demo.id}`),
      await office2.get(`/api/campaigns/${demo.id}/participants`),
      await office2.put(`/api/campaigns/${demo.id}/config`, { config }),
      await office2.post(`/api/campaigns/${demo.id}/transition`, { to: 'pledging' }),
      await office2.post(`/api/campaigns/${demo.id}/participants/sync`),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.message).toMatch(/考评活动不存在/);
    }
  });

  it('refuses a county viewer’s writes with 403 and lets it read', async () => {
    const county = await t.as('county');
    const [demo] = (await county.get('/api/campaigns')).json();
    expect((await county.get(`/api/campaigns/${demo.id}`)).statusCode).toBe(200);
    expect((await county.post(`/api/campaigns/${demo.id}/transition`, { to: 'pledging' })).statusCode).toBe(
      403,
    );
    expect((await county.post(`/api/campaigns/${demo.id}/participants/sync`)).statusCode).toBe(403);
  });

  it('answers a malformed id with 400', async () => {
    const res = await (await t.as('office')).get('/api/campaigns/not-a-uuid');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('id');
  });
});
