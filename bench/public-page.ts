/**
 * The public village page's throughput over HTTP (autocannon): each page view is its HTML
 * (GET /public/villages/<id>, the built village/index.html) and its data (GET /api/public/villages/<id>/pledges),
 * beside a bare Fastify route returning the same bytes with the same content types, in the same run.
 * The page is 愚公村's during solicitation: five drafts of its secretary, with the opinion form.
 * Usage: tsx bench/public-page.ts   (PGlite, and PostgreSQL too when DATABASE_URL is set)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon, { type Result } from 'autocannon';
import Fastify from 'fastify';
import { build, loadConfigFromFile } from 'vite';
import { buildApp } from '../server/http/app.ts';
import { loadDemo } from '../server/modules/demo/demo.service.ts';
import { DEMO_PASSWORD } from '../server/modules/demo/demo-data.ts';
import { openBenchDatabase } from './bench-db.ts';

process.env.VP_FAST_HASH = '1';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARM_UP = 500;
const ROOT = resolve(import.meta.dirname, '..');

type Figures = { label: string; perSecond: number; p50: number; p99: number; ok: number; failures: number };

/** The web app built with the project's own Vite config, into a directory of this run. */
async function buildWeb(outDir: string): Promise<void> {
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: 'production' },
    join(ROOT, 'web/vite.config.ts'),
  );
  const config = loaded?.config ?? {};
  await build({ ...config, configFile: false, logLevel: 'silent', build: { ...config.build, outDir } });
}

async function listen(app: {
  listen(o: { port: number; host: string }): Promise<string>;
  server: { address(): unknown };
}) {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

async function fetchBytes(url: string) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  return { body: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type') ?? '' };
}

/** A signed-in client of the app (cookie and CSRF token), for setting up the bench village. */
async function signIn(url: string, username: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  const csrf = cookies.find((c) => c.startsWith('vp_csrf='))?.slice('vp_csrf='.length) ?? '';
  return async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}/api${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        cookie: cookies.join('; '),
        'x-csrf-token': csrf,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
}

const PLEDGES = [
  '村东生产路硬化800米',
  '新建村民文化广场',
  '建成村集体光伏电站',
  '整治村内河道两公里',
  '新增公益岗位十个',
];

/**
 * 愚公村 as a villager finds it during solicitation: the 2027 campaign in its 承诺 phase and the
 * secretary's five drafts published for opinions (the demo has no pledges of its own).
 */
async function solicitingVillage(url: string, villageId: string) {
  const office = await signIn(url, 'office');
  const campaigns = (await office('GET', '/campaigns')) as { id: string; year: number; phase: string }[];
  const campaign = campaigns.find((c) => c.year === 2027);
  if (!campaign) throw new Error('the demo has no 2027 campaign');
  if (campaign.phase === 'setup')
    await office('POST', `/campaigns/${campaign.id}/transition`, { to: 'pledging' });
  const people = (await office('GET', `/campaigns/${campaign.id}/participants`)) as {
    id: string;
    name: string;
  }[];
  const participant = people.find((p) => p.name === '李建国');
  if (!participant) throw new Error('李建国 is not a participant');
  const cadre = await signIn(url, 'cadre');
  for (const title of PLEDGES) {
    await cadre('POST', `/pledging/participants/${participant.id}/pledges`, {
      category: '民生实事',
      title,
      content: `${title}，资金由村集体和上级项目资金共同承担，按期保质完成，完成后张榜公布。`,
      completionStandard: '按期完成并经村务监督委员会和群众代表验收合格',
      dueDate: '2027-11-30',
    });
  }
  const { set } = (await cadre('GET', `/pledging/participants/${participant.id}`)) as { set: { id: string } };
  await cadre('POST', `/pledge-sets/${set.id}/solicit`);
  return villageId;
}

/** Rates by the server's own clock, first request in to last response out (autocannon's ticks by the second). */
const clock = { first: 0, last: 0 };

function timeRequests(app: Pick<ReturnType<typeof Fastify>, 'addHook'>) {
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
  return figures(label, r, (clock.last - clock.first) / 1000);
}

function figures(label: string, r: Result, seconds: number): Figures {
  return {
    label,
    perSecond: r['2xx'] / seconds,
    p50: r.latency.p50,
    p99: r.latency.p99,
    ok: r['2xx'],
    failures: r.non2xx + r.errors,
  };
}

export async function benchPublicPage(kind: 'pglite' | 'postgres', amount: number) {
  const webDir = mkdtempSync(join(tmpdir(), 'vp-bench-web-'));
  await buildWeb(webDir);
  const database = await openBenchDatabase(kind);
  const demo = await loadDemo(database);
  const app = await buildApp({ database, rateLimitPerMinute: 1_000_000_000, webDir });
  const bare = Fastify({ logger: false });
  timeRequests(app);
  timeRequests(bare);
  try {
    const url = await listen(app);
    const villageId = await solicitingVillage(url, demo.villageIds.愚公村 ?? '');
    const pagePath = `/public/villages/${villageId}`;
    const dataPath = `/api/public/villages/${villageId}/pledges`;
    const html = await fetchBytes(url + pagePath);
    const data = await fetchBytes(url + dataPath);
    if (!html.body.toString('utf8').includes('村干部承诺'))
      throw new Error(`${pagePath} is not the village page`);
    bare.get('/page', (_req, reply) => reply.type(html.type).send(html.body));
    bare.get('/data', (_req, reply) => reply.type(data.type).send(data.body));
    const bareUrl = await listen(bare);
    const run = (base: string, paths: [string, string], n: number) =>
      autocannon({
        url: base,
        connections: CONNECTIONS,
        amount: n,
        requests: paths.map((path) => ({ path })),
      });
    const bareRun = (n: number) => run(bareUrl, ['/page', '/data'], n);
    const pageRun = (n: number) => run(url, [pagePath, dataPath], n);
    await bareRun(WARM_UP);
    await pageRun(WARM_UP);
    const rounds: { bare: Figures; page: Figures }[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      rounds.push({
        bare: await timed('bare route, same bytes', () => bareRun(amount)),
        page: await timed('village page + its API', () => pageRun(amount)),
      });
    }
    const sorted = [...rounds].sort(
      (a, b) => a.page.perSecond / a.bare.perSecond - b.page.perSecond / b.bare.perSecond,
    );
    const median = sorted[Math.floor(sorted.length / 2)]!;
    return { kind, rounds, ...median, htmlBytes: html.body.length, dataBytes: data.body.length };
  } finally {
    await app.close();
    await bare.close();
    await database.close();
    rmSync(webDir, { recursive: true, force: true });
  }
}

export function report(run: Awaited<ReturnType<typeof benchPublicPage>>) {
  const row = (f: Figures) =>
    `  ${f.label.padEnd(24)} ${f.perSecond.toFixed(0).padStart(6)} req/s (${(f.perSecond / 2).toFixed(0)} page views/s)   p50 ${f.p50} ms   p99 ${f.p99} ms   ok ${f.ok}   failed ${f.failures}`;
  return [
    `public village page, ${run.kind} (HTML ${run.htmlBytes} B + JSON ${run.dataBytes} B per view; ${CONNECTIONS} connections, ${run.rounds.length} alternating rounds, median shown; ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)})`,
    ...run.rounds.map(
      (r, i) =>
        `  round ${i + 1}: bare ${r.bare.perSecond.toFixed(0)} req/s, page ${r.page.perSecond.toFixed(0)} req/s (${((r.page.perSecond / r.bare.perSecond) * 100).toFixed(0)}%)`,
    ),
    row(run.bare),
    row(run.page),
    `  ratio page / bare: ${((run.page.perSecond / run.bare.perSecond) * 100).toFixed(0)}%`,
  ].join('\n');
}

export async function main() {
  const all: ('pglite' | 'postgres')[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
  const only = process.env.BENCH_KINDS?.split(',');
  const kinds = only ? all.filter((k) => only.includes(k)) : all;
  for (const kind of kinds) {
    const amount = Number(process.env.BENCH_PAGE_AMOUNT || 10000);
    console.log(report(await benchPublicPage(kind, amount)));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
