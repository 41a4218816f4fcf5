import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { auditLog, campaigns, counties } from '../../db/schema/index.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { MODULES } from '../index.ts';
import type { ModuleDefinition } from '../module.ts';
import { isEmpty, loadDemo } from './demo.service.ts';

process.env.VP_FAST_HASH = '1';

describe('the demo, loaded through the module list', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('declares the county first and the campaign after it', () => {
    const steps = MODULES.filter((m) => m.demo).map((m) => m.name);
    expect(steps[0]).toBe('demo');
    expect(steps).toContain('campaigns');
  });

  it('leaves nothing behind when a later step fails: all steps are one transaction', async () => {
    const failing: ModuleDefinition = {
      name: 'failing',
      label: '出错的模块',
      demo: async () => {
        throw new Error('step failed');
      },
    };
    await expect(loadDemo(database, [...MODULES, failing])).rejects.toThrow('step failed');
    expect(await isEmpty(database)).toBe(true);
    expect((await database.db.select({ n: count() }).from(auditLog))[0]!.n).toBe(0);
  });

  it('runs the steps in declared order, each seeing what the earlier ones made', async () => {
    const seen: string[] = [];
    const probe = (name: string): ModuleDefinition => ({
      name,
      label: name,
      demo: async (tx, ids) => {
        const [county] = await tx.select().from(counties).where(eq(counties.id, ids.countyId));
        const years = await tx.select({ year: campaigns.year }).from(campaigns);
        seen.push(`${name}: ${county?.name} ${years.map((y) => y.year).join(',')}`);
      },
    });
    const ids = await loadDemo(database, [probe('before'), ...MODULES, probe('after')]);
    expect(seen).toEqual(['before: undefined ', 'after: 示范县 2027']);
    expect(Object.keys(ids.townshipIds)).toEqual(['愚公乡', '太行乡']);
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'demo.load'));
    expect(entry?.countyId).toBe(ids.countyId);
  });
});
