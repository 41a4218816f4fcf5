/**
 * What the public-page benches share: the web app built with the project's Vite config, the app and
 * a bare Fastify route serving the same bytes side by side, and alternating autocannon rounds timed
 * by the servers' own clocks (first request in to last response out), the median round reported.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon, { type Result } from 'autocannon';
import Fastify from 'fastify';
import { build, loadConfigFromFile } from 'vite';

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARM_UP = 500;
const ROOT = resolve(import.meta.dirname, '..');

export type Figures = {
  label: string;
  perSecond: number;
  p50: number;
  p99: number;
  ok: number;
  failures: number;
};

/** The web app built with the project's own Vite config, into a directory of this run (removed by `done`). */
export async function buildWeb(): Promise<{ dir: string; done: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'vp-bench-web-'));
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: 'production' },
    join(ROOT, 'web/vite.config.ts'),
  );
  const config = loaded?.config ?? {};
  await build({ ...config, configFile: false, logLevel: 'silent', build: { ...config.build, outDir: dir } });
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function listen(app: {
  listen(o: { port: number; host: string }): Promise<string>;
  server: { address(): unknown };
}) {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

export async function fetchBytes(url: string) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  return { body: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type') ?? '' };
}

/** Rates by the server's own clock, first request in to last response out (autocannon's ticks by the second). */
const clock = { first: 0, last: 0 };

export function timeRequests(app: Pick<ReturnType<typeof Fastify>, 'addHook'>) {
  app.addHook('onRequest', async () => {
    if (clock.first === 0) clock.first = performance.now();
  });
  app.addHook('onResponse', async () => {
    clock.last = performance.now();
  });
}

async function timed(label: string, run: () => Promise<Result>): Promise<Figures> {
  clock.first = 0;
  const r = await run();
  const seconds = (clock.last - clock.first) / 1000;
  return {
    label,
    perSecond: r['2xx'] / seconds,
    p50: r.latency.p50,
    p99: r.latency.p99,
    ok: r['2xx'],
    failures: r.non2xx + r.errors,
  };
}

export type Comparison = {
  rounds: { bare: Figures; page: Figures }[];
  bare: Figures;
  page: Figures;
  /** Bytes of each path, in order. */
  sizes: number[];
};

/**
 * The app's `paths` (a page view: its HTML and its JSON) against a bare Fastify app answering the
 * same bytes with the same content types, `amount` requests a round, alternating, in the same run.
 * `timeRequests(app)` must have been called before the app listened.
 */
export async function compareWithBare(
  appUrl: string,
  paths: string[],
  amount: number,
  label: string,
): Promise<Comparison> {
  const bodies = await Promise.all(paths.map((p) => fetchBytes(appUrl + p)));
  const bare = Fastify({ logger: false });
  timeRequests(bare);
  for (const [i, b] of bodies.entries())
    bare.get(`/bare/${i}`, (_req, reply) => reply.type(b.type).send(b.body));
  try {
    const bareUrl = await listen(bare);
    const run = (base: string, list: string[], n: number) =>
      autocannon({
        url: base,
        connections: CONNECTIONS,
        amount: n,
        requests: list.map((path) => ({ path })),
      });
    const barePaths = paths.map((_, i) => `/bare/${i}`);
    await run(bareUrl, barePaths, WARM_UP);
    await run(appUrl, paths, WARM_UP);
    const rounds: Comparison['rounds'] = [];
    for (let i = 0; i < ROUNDS; i++) {
      rounds.push({
        bare: await timed('bare route, same bytes', () => run(bareUrl, barePaths, amount)),
        page: await timed(label, () => run(appUrl, paths, amount)),
      });
    }
    const sorted = [...rounds].sort(
      (a, b) => a.page.perSecond / a.bare.perSecond - b.page.perSecond / b.bare.perSecond,
    );
    const median = sorted[Math.floor(sorted.length / 2)]!;
    return { rounds, ...median, sizes: bodies.map((b) => b.body.length) };
  } finally {
    await bare.close();
  }
}

/** The comparison as printed: rounds, the median's figures, the ratio. `perView`: requests per page view. */
export function reportComparison(title: string, run: Comparison, perView: number): string {
  const row = (f: Figures) =>
    `  ${f.label.padEnd(24)} ${f.perSecond.toFixed(0).padStart(6)} req/s (${(f.perSecond / perView).toFixed(0)} page views/s)   p50 ${f.p50} ms   p99 ${f.p99} ms   ok ${f.ok}   failed ${f.failures}`;
  return [
    `${title} (${CONNECTIONS} connections, ${run.rounds.length} alternating rounds, median shown; ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)})`,
    ...run.rounds.map(
      (r, i) =>
        `  round ${i + 1}: bare ${r.bare.perSecond.toFixed(0)} req/s, page ${r.page.perSecond.toFixed(0)} req/s (${((r.page.perSecond / r.bare.perSecond) * 100).toFixed(0)}%)`,
    ),
    row(run.bare),
    row(run.page),
    `  ratio page / bare: ${((run.page.perSecond / run.bare.perSecond) * 100).toFixed(0)}%`,
  ].join('\n');
}

/** The databases a page bench runs on: PGlite, and PostgreSQL when DATABASE_URL is set (BENCH_KINDS narrows). */
export function benchKinds(): ('pglite' | 'postgres')[] {
  const all: ('pglite' | 'postgres')[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
  const only = process.env.BENCH_KINDS?.split(',');
  return only ? all.filter((k) => only.includes(k)) : all;
}

/** Requests per timed run of a page bench. */
export const pageAmount = () => Number(process.env.BENCH_PAGE_AMOUNT || 10000);
