// Writes server/db/upgrade/0000-demo.json: every table of a database made by migration 0000 (the first
// released schema) with the demo loaded and one village's pledges confirmed by a paper vote and a
// code vote cast, so the upgrade test can migrate a real older database to the current schema.
// Run once, at the commit that still had only migration 0000: `tsx server/db/upgrade/make-fixture.ts`.
import { writeFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import {
  addPledges,
  confirmSet,
  demoCampaignInPledging,
  ok,
  participantIds,
  setIdOf,
} from '../../modules/pledges/pledges.test-support.ts';
import { choose, openPollWithCodes } from '../../modules/polls/voting-fixture.ts';
import { createTestContext } from '../../test/harness.ts';

const t = await createTestContext();
const campaignId = await demoCampaignInPledging(t);
const cadre = await t.as('cadre');
const clerk = await t.as('clerk');
const participantId = (await participantIds(t, campaignId)).李建国!;
await addPledges(cadre, participantId, ['新修村组水泥路2.5公里', '新建村文化广场一处', '安装太阳能路灯50盏']);
const setId = await setIdOf(cadre, participantId);
await confirmSet(t, { clerk, host: cadre, village: '愚公村', campaignId, setId });
const poll = await openPollWithCodes(t, { codes: 6 });
const villager = await t.as(null);
for (const code of poll.codes.slice(0, 4)) {
  ok(await villager.post('/api/public/ballots', { code, choices: choose(poll, '满意', '基本满意') }), 201);
}
ok(await poll.clerk.post(`/api/polls/${poll.pollId}/close`));

type Rows = { rows: Record<string, unknown>[] };
const tables = (
  (await t.database.db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  )) as unknown as Rows
).rows.map((r) => (r as { table_name: string }).table_name);
const dump: Record<string, unknown[]> = {};
for (const table of tables) {
  dump[table] = ((await t.database.db.execute(sql.raw(`select * from "${table}"`))) as unknown as Rows).rows;
}
writeFileSync(new URL('./0000-demo.json', import.meta.url), `${JSON.stringify(dump)}\n`);
console.log(
  Object.entries(dump)
    .map(([k, v]) => `${k}: ${v.length}`)
    .join('\n'),
);
await t.close();
