// npm test's one demo load for the whole run (server/test/demo-snapshot.ts):
//   tsx scripts/test-demo.ts make FILE     loads the demo (on DATABASE_URL's server when set) and
//                                          writes in FILE where its copy is (VP_TEST_DEMO=FILE then)
//   tsx scripts/test-demo.ts remove FILE   deletes that copy and FILE
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { makeDemoSnapshot, removeDemoSnapshot } from '../server/test/demo-snapshot.ts';
import type { DemoSnapshot } from '../server/test/demo-snapshot-file.ts';

const [command, file] = process.argv.slice(2);
if (!file || (command !== 'make' && command !== 'remove')) {
  console.error('usage: tsx scripts/test-demo.ts make|remove FILE');
  process.exit(2);
}
if (command === 'make') {
  const started = Date.now();
  const { snapshot } = await makeDemoSnapshot();
  writeFileSync(file, JSON.stringify(snapshot));
  console.log(`demo loaded for the whole run in ${((Date.now() - started) / 1000).toFixed(0)}s`);
} else {
  await removeDemoSnapshot(JSON.parse(readFileSync(file, 'utf8')) as DemoSnapshot).catch(() => undefined);
  rmSync(file, { force: true });
}
