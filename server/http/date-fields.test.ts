import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../test/harness.ts';
import { isoDate, isoDateTime, isoDayOrInstant } from './date-fields.ts';

const IMPOSSIBLE = ['2027-02-30', '2026-13-01', '10000-01-01', '2027-02-29', '2026-00-10', '2026-04-31'];

describe('the shared date schemas', () => {
  it.each(IMPOSSIBLE)('refuse the day %s', (day) => {
    expect(isoDate.safeParse(day).success).toBe(false);
    expect(isoDayOrInstant.safeParse(day).success).toBe(false);
    expect(isoDayOrInstant.safeParse(`${day}T00:00:00Z`).success).toBe(false);
    expect(isoDateTime.safeParse(`${day}T09:00:00+08:00`).success).toBe(false);
  });

  it.each(['2028-02-29', '2026-12-31', '2027-01-01'])('take the real day %s', (day) => {
    expect(isoDate.parse(day)).toBe(day);
    expect(isoDayOrInstant.parse(day)).toEqual(new Date(`${day}T00:00:00Z`));
    expect(isoDateTime.parse(`${day}T09:00:00+08:00`)).toBe(`${day}T09:00:00+08:00`);
  });

  it('refuse other shapes with the Chinese hint', () => {
    for (const text of ['2027-2-3', '2027/02/03', ' 2027-02-03', 'x'.repeat(5000), '']) {
      const result = isoDate.safeParse(text);
      expect(result.success, text.slice(0, 20)).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/应为有效日期/);
    }
  });
});

const t = await createTestContext();
afterAll(() => t.close());

const office = await t.as('office');
const clerk = await t.as('clerk');
const campaignId = ((await office.get('/api/campaigns')).json() as { id: string }[])[0]!.id;
const { config } = (await office.get(`/api/campaigns/${campaignId}`)).json() as {
  config: Record<string, unknown>;
};

type Case = {
  what: string;
  label: string;
  field: string;
  send: (day: string) => ReturnType<typeof office.get>;
};

const meeting = (startsAt: string) => ({
  villageId: randomUUID(),
  kind: 'villager_assembly',
  title: '村民会议',
  startsAt,
  place: '村委会',
  host: '张三',
  counters: [],
  scrutineers: [],
});
const pledge = (dueDate: string) => ({
  category: '基础设施',
  title: '修路',
  content: '修通村东道路',
  completionStandard: '验收合格',
  dueDate,
});

const CASES: Case[] = [
  {
    what: 'a pledge’s due date (new)',
    label: '完成时限',
    field: 'dueDate',
    send: (d) => clerk.post(`/api/pledging/participants/${randomUUID()}/pledges`, pledge(d)),
  },
  {
    what: 'a pledge’s due date (changed)',
    label: '完成时限',
    field: 'dueDate',
    send: (d) => clerk.patch(`/api/pledges/${randomUUID()}`, { dueDate: d }),
  },
  {
    what: 'a meeting’s time (new)',
    label: '会议时间',
    field: 'startsAt',
    send: (d) => office.post('/api/meetings', meeting(`${d}T09:00:00+08:00`)),
  },
  {
    what: 'a meeting’s time (corrected)',
    label: '会议时间',
    field: 'startsAt',
    send: (d) => office.patch(`/api/meetings/${randomUUID()}`, { startsAt: `${d}T09:00:00+08:00` }),
  },
  {
    what: 'a position’s start',
    label: '任职日期',
    field: 'startDate',
    send: (d) =>
      office.post('/api/positions', { personId: randomUUID(), post: 'party_secretary', startDate: d }),
  },
  {
    what: 'a position’s end',
    label: '离任日期',
    field: 'endDate',
    send: (d) => office.post(`/api/positions/${randomUUID()}/end`, { endDate: d }),
  },
  {
    what: 'an exclusion’s case date',
    label: '立案日期',
    field: 'date',
    send: (d) => office.post(`/api/participants/${randomUUID()}/exclude`, { reason: '立案调查', date: d }),
  },
  {
    what: 'the campaign’s commitment deadline',
    label: '承诺截止日期',
    field: 'config.commitmentDeadline',
    send: (d) =>
      office.put(`/api/campaigns/${campaignId}/config`, { config: { ...config, commitmentDeadline: d } }),
  },
  {
    what: 'the audit filter’s start',
    label: '开始时间',
    field: 'from',
    send: (d) => office.get(`/api/audit?from=${d}`),
  },
  {
    what: 'the audit filter’s end (an instant)',
    label: '结束时间',
    field: 'to',
    send: (d) => office.get(`/api/audit?to=${d}T16:00:00.000Z`),
  },
];

describe.each(CASES)('$what', ({ label, field, send }) => {
  it.each(['2027-02-30', '2026-13-01', '10000-01-01'])(
    'refuses %s with 400 naming the field',
    async (day) => {
      const res = await send(day);
      expect(res.statusCode).toBe(400);
      const error = (res.json() as { error: { field?: string; message: string } }).error;
      expect(error.field).toBe(field);
      expect(error.message).toContain(`“${label}”`);
      expect(error.message).toMatch(/有效日期|日期和时间/);
    },
  );

  it('lets a real date past the schema (whatever the service then says)', async () => {
    const res = await send('2027-02-28');
    const error = res.statusCode >= 400 ? (res.json() as { error: { field?: string } }).error : null;
    expect(res.statusCode).toBeLessThan(500);
    expect(error?.field).not.toBe(field);
  });
});
