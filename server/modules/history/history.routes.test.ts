import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import type { HistoryView, TrendsView } from './history.schema.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
}, 600_000);
afterAll(() => t.close());

const FAILED = '刘福贵';
const OWN = '李建国';
const history = async (who: string, name: string) =>
  (await t.as(who)).get(`/api/history/people/${t.demo.personIds[name]}`);

describe('a cadre’s history (履职档案)', () => {
  it('shows the archived 2025, the 2026 under evaluation and the 2027 in setup, with pledges, scores and consequences', async () => {
    const res = await history('office', FAILED);
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json() as HistoryView;
    expect(v.person).toMatchObject({ name: FAILED, villageName: '北山村', townshipName: '愚公乡' });
    const [y2025, y2026, y2027] = v.years;
    // 2027 is in 筹备 (setup): a participation without pledges or results yet.
    expect(v.years.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    expect(y2027).toMatchObject({ phase: 'setup', pledges: [], result: null });
    expect(y2025).toMatchObject({
      phase: 'archived',
      villageName: '北山村',
      posts: ['党支部书记', '村委会主任'],
    });
    expect(y2025!.result).toMatchObject({ confirmed: true, grade: '不合格', unqualified: true });
    expect(y2025!.result!.of).toBeGreaterThan(1);
    // Every 2025 pledge was inspected: its final status is the team's finding.
    expect(y2025!.pledges.length).toBeGreaterThan(0);
    expect(y2025!.pledges.every((p) => p.statusSource === '考核认定' && p.approved)).toBe(true);
    const talk = y2025!.consequences.find((c) => c.kind === 'admonishment');
    expect(talk).toMatchObject({ label: '诫勉谈话', closed: true });
    expect(talk!.detail).toContain('2025年度考评等次为“不合格”');
    // 2026 is still in 评诺: its numbers are the live preview, not confirmed.
    expect(y2026).toMatchObject({ phase: 'evaluation' });
    expect(y2026!.result?.confirmed ?? false).toBe(false);
    // …but his certified 民主测评 already settles his second 不合格: admonishment and removal case are open.
    expect(y2026!.consequences.map((c) => [c.kind, c.closed])).toEqual([
      ['admonishment', false],
      ['removal_case', false],
    ]);
  });

  it('is the county’s, the township office’s, a contact leader’s and the cadre’s own, nobody else’s', async () => {
    expect((await history('county', FAILED)).statusCode).toBe(200);
    expect((await history('countyadmin', FAILED)).statusCode).toBe(200);
    expect((await history('office2', FAILED)).statusCode).toBe(404);
    // The leader's contact villages are 愚公村 and 王屋村.
    expect((await history('leader', OWN)).statusCode).toBe(200);
    expect((await history('leader', FAILED)).statusCode).toBe(404);
    expect((await history('cadre', OWN)).statusCode).toBe(200);
    const other = await history('cadre', FAILED);
    expect(other.statusCode).toBe(403);
    expect(other.json().error.message).toBe('只能查看本人的履职档案');
    for (const who of ['supervisor', 'clerk', 'juror', 'inspector'])
      expect((await history(who, OWN)).statusCode, who).toBe(403);
    expect((await history(null as unknown as string, OWN)).statusCode).toBe(401);
  });

  it('answers an unknown or malformed person in Chinese', async () => {
    const office = await t.as('office');
    const missing = await office.get('/api/history/people/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    const bad = await office.get('/api/history/people/abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('村干部');
  });
});

describe('county trends', () => {
  it('has a point per township and year and one for the county, 2026 not yet confirmed', async () => {
    const res = await (await t.as('county')).get('/api/history/county-trends');
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json() as TrendsView;
    expect(v.gradeLabels).toEqual(['优秀', '合格', '基本合格', '不合格']);
    const township = (year: number) => v.points.find((p) => p.year === year && p.townshipName === '愚公乡')!;
    expect(township(2025)).toMatchObject({ confirmed: true, ungraded: 0 });
    expect(township(2025).grades['不合格']).toBe(1);
    expect(township(2025).keptShare).toBeGreaterThan(0);
    expect(township(2025).keptShare).toBeLessThanOrEqual(1);
    expect(township(2025).meanComposite).toBeGreaterThan(50);
    expect(township(2026).confirmed).toBe(false);
    expect(township(2026).approvedPledges).toBeGreaterThan(0);
    const county = v.points.filter((p) => p.townshipId === null);
    expect(county.map((p) => p.year)).toEqual([2025, 2026]);
    expect(county[0]!.townshipName).toBe(v.countyName);
  });

  it('is the county’s only', async () => {
    expect((await (await t.as('office')).get('/api/history/county-trends')).statusCode).toBe(403);
  });
});
