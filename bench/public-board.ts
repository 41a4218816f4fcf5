/**
 * The village public board's throughput over HTTP (autocannon): each page view is its HTML
 * (GET /public/villages/<id>, the built village/index.html) and its one JSON call
 * (GET /api/public/villages/<id>/board: pledges with progress timelines, publications with periods
 * and objection counts), beside a bare Fastify route returning the same bytes, in the same run.
 * The board is the demo's 愚公村 in its 2026 践诺 year (progress with photos, publications in period).
 * Usage: tsx bench/public-board.ts   (PGlite, and PostgreSQL too when DATABASE_URL is set)
 */
import { buildApp } from '../server/http/app.ts';
import { loadDemo } from '../server/modules/demo/demo.service.ts';
import { openBenchDatabase } from './bench-db.ts';
import {
  benchKinds,
  buildWeb,
  compareWithBare,
  listen,
  pageAmount,
  reportComparison,
  timeRequests,
} from './page-bench.ts';

process.env.VP_FAST_HASH = '1';

export async function benchPublicBoard(kind: 'pglite' | 'postgres', amount: number) {
  const web = await buildWeb();
  const database = await openBenchDatabase(kind);
  const demo = await loadDemo(database);
  const app = await buildApp({ database, rateLimitPerMinute: 1_000_000_000, webDir: web.dir });
  timeRequests(app);
  try {
    const url = await listen(app);
    const villageId = demo.villageIds.愚公村 ?? '';
    const paths = [`/public/villages/${villageId}`, `/api/public/villages/${villageId}/board`];
    const board = await (await fetch(url + paths[1])).json();
    if (!board.publications?.length || !board.approved?.length)
      throw new Error('the demo board has no publications or pledges');
    return { kind, ...(await compareWithBare(url, paths, amount, 'village board + its API')) };
  } finally {
    await app.close();
    await database.close();
    web.done();
  }
}

export const report = (run: Awaited<ReturnType<typeof benchPublicBoard>>) =>
  reportComparison(
    `public village board, ${run.kind} (HTML ${run.sizes[0]} B + JSON ${run.sizes[1]} B per view)`,
    run,
    2,
  );

export async function main() {
  for (const kind of benchKinds()) console.log(report(await benchPublicBoard(kind, pageAmount())));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
