import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaigns } from '../../db/schema/index.ts';
import { type Client, createTestContext, type TestContext } from '../../test/harness.ts';
import type { MeetingView } from './jury.schema.ts';
import { demoMeeting, ok, secondOffice } from './jury.test-support.ts';

/** Paper sheets of a meeting scored by sub-criteria: each part keyed in, checked against its maximum. */
const criteria = [
  { name: '履职情况', maxScore: 40 },
  { name: '承诺兑现', maxScore: 40 },
  { name: '述职表现', maxScore: 20 },
];

let t: TestContext;
let meeting: MeetingView;
let office: Client;
let base: string;

beforeAll(async () => {
  t = await createTestContext();
  meeting = await demoMeeting(t);
  const [campaign] = await t.database.db.select().from(campaigns).where(eq(campaigns.id, meeting.campaignId));
  await t.database.db
    .update(campaigns)
    .set({ config: { ...campaign!.config, jurySubCriteria: criteria } })
    .where(eq(campaigns.id, meeting.campaignId));
  office = await t.as('office');
  base = `/api/jury/meetings/${meeting.id}`;
  meeting = ok(await office.post(`${base}/start`)) as MeetingView;
});
afterAll(() => t.close());

describe('paper sheets by sub-criteria', () => {
  it('the started meeting carries the sub-criteria with their maxima', () => {
    expect(meeting.rules.subCriteria).toEqual(criteria);
  });

  it('refuses a total alone, a part over its maximum and a total that is not the sum: 400 naming the field', async () => {
    const first = meeting.reporters[0]!;
    const juror = meeting.jurors.find((j) => !j.ties.some((x) => x.villageId === first.villageId))!;
    for (const [entry, field, message] of [
      [{ total: 80 }, 'parts', /第 1 行“细项评分”：请按 履职情况、承诺兑现、述职表现 逐项打分/],
      [{ parts: [41, 30, 10] }, 'parts.0', /第 1 行“履职情况”：应在 0 到 40 分之间/],
      [{ parts: [30, 30, 20.5] }, 'parts.2', /“述职表现”：应在 0 到 20 分之间/],
      [{ parts: [30, 30] }, 'parts', /逐项打分/],
      [{ parts: [30, 30, 15], total: 80 }, 'total', /总分应为各细项之和 75/],
    ] as const) {
      const res = await office.post(`${base}/paper`, {
        reporterId: first.id,
        entries: [{ jurorId: juror.id, ...entry }],
      });
      expect(res.statusCode, JSON.stringify(entry)).toBe(400);
      expect(res.json().error.field).toBe(field);
      expect(res.json().error.message).toMatch(message);
    }
    expect((ok(await office.get(base)) as MeetingView).reporters[0]).toMatchObject({ paperPending: 0 });
  });

  it('two entries agree part by part (the same total with other parts is a mismatch); the score keeps its parts', async () => {
    const first = meeting.reporters[0]!;
    const [a, b] = meeting.jurors.filter((j) => !j.ties.some((x) => x.villageId === first.villageId));
    ok(
      await office.post(`${base}/paper`, {
        reporterId: first.id,
        entries: [
          { jurorId: a!.id, parts: [35, 36.5, 18] },
          { jurorId: b!.id, parts: [30, 30, 15] },
        ],
      }),
    );
    const other = await secondOffice(t);
    const second = ok(
      await other.post(`${base}/paper`, {
        reporterId: first.id,
        entries: [
          { jurorId: a!.id, parts: [35, 36.5, 18], total: 89.5 },
          { jurorId: b!.id, parts: [30, 31, 14] },
        ],
      }),
    ) as { agreed: number; mismatched: { name: string }[] };
    expect(second.agreed).toBe(1);
    expect(second.mismatched.map((m) => m.name)).toEqual([b!.name]);
    const { scores } = ok(await office.get(`/api/jury/reporters/${first.id}/scores`)) as {
      scores: { jurorId: string; total: number; parts: number[] | null; source: string }[];
    };
    expect(scores).toEqual([
      expect.objectContaining({ jurorId: a!.id, total: 89.5, parts: [35, 36.5, 18], source: 'paper' }),
    ]);
  });
});
