import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('GET /api/audit/actions', () => {
  it('lists every action in the caller’s entries by its Chinese name, each one filterable', async () => {
    const office = await t.as('office');
    const actions = (await office.get('/api/audit/actions')).json() as { action: string; label: string }[];
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['auth.login', 'participant.exclude']),
    );
    for (const a of actions) {
      expect(a.label).not.toMatch(/[a-z]/);
      const page = (await office.get(`/api/audit?action=${encodeURIComponent(a.action)}&limit=1`)).json();
      expect(page.total, a.action).toBeGreaterThan(0);
    }
  });

  it('is refused without audit.read', async () => {
    expect((await (await t.as('cadre')).get('/api/audit/actions')).statusCode).toBe(403);
  });
});
