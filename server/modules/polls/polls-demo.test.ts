import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { polls } from '../../db/schema/index.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('the demo’s vote with a lost sheet of codes', () => {
  it('shows the voided first sheet, the reissued one, phone and paper ballots, certified', async () => {
    const [row] = await t.database.db.select().from(polls).where(eq(polls.title, '太阳能路灯安装项目表决'));
    expect(row).toBeDefined();
    const poll = (await (await t.as('clerk')).get(`/api/polls/${row!.id}`)).json();
    expect(poll).toMatchObject({
      status: 'certified',
      codesIssued: 15,
      codesVoided: 15,
      codeBatches: [
        { size: 15, voided: 15 },
        { size: 15, voided: null },
      ],
      paperBallots: true,
    });
    expect(poll.results).toMatchObject({ ballotsCast: 13, paper: { status: 'matched', issued: 26 } });
    expect(poll.results.questions[0].outcome).toMatchObject({ passed: true });
    const audit = (await (await t.as('office')).get('/api/audit?action=poll.codes_void')).json();
    expect(JSON.stringify(audit)).toContain('遗失一页');
  });
});
