/**
 * Cast-ballot throughput and p99 latency over HTTP (autocannon), beside a bare Fastify route that
 * does one INSERT of a same-size row through the same driver, in the same run (issue 3).
 * Usage: tsx bench/cast-ballot.ts   (PGlite, and PostgreSQL too when DATABASE_URL is set)
 */
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import autocannon, { type Result } from 'autocannon';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Database } from '../server/db/client.ts';
import { villages } from '../server/db/schema/index.ts';
import { buildApp } from '../server/http/app.ts';
import { loadDemo } from '../server/modules/demo/demo.service.ts';
import { DEMO_PASSWORD } from '../server/modules/demo/demo-data.ts';
import { openBenchDatabase } from './bench-db.ts';

process.env.VP_FAST_HASH = '1';
process.env.VP_BALLOT_KEY ??= 'bench-ballot-key-bench-ballot-key-0123456789';

type Figures = {
  label: string;
  ok: number;
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
  /** CPU time of this process (server, driver, PGlite, and autocannon itself) per request, in ms. */
  cpuMs: number;
};

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

async function measured(label: string, run: () => Promise<Result>): Promise<Figures> {
  const before = process.cpuUsage();
  serverClock.first = 0;
  const r = await run();
  const seconds = (serverClock.last - serverClock.first) / 1000;
  const cpu = process.cpuUsage(before);
  return {
    ...figures(label, r, seconds),
    cpuMs: (cpu.user + cpu.system) / 1000 / Math.max(1, r['2xx'] + r.non2xx),
  };
}

/**
 * Rates from the server's own clock, first request in to last response out: autocannon's `duration`
 * (and a clock around the whole run) ends on its one-second ticker.
 */
const serverClock = { first: 0, last: 0 };

function timeRequests(app: { addHook: FastifyInstance['addHook'] }) {
  app.addHook('onRequest', async () => {
    if (serverClock.first === 0) serverClock.first = performance.now();
  });
  app.addHook('onResponse', async () => {
    serverClock.last = performance.now();
  });
}

function figures(label: string, r: Result, seconds: number): Omit<Figures, 'cpuMs'> {
  return {
    label,
    ok: r['2xx'],
    perSecond: r['2xx'] / seconds,
    p50: r.latency.p50,
    p99: r.latency.p99,
    failures: r.non2xx + r.errors,
  };
}

async function listen(app: {
  listen(o: { port: number; host: string }): Promise<string>;
  server: { address(): unknown };
}) {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/** Signs in as the office, sets up an open poll at a large bench village, and issues `count` codes. */
async function preparePoll(
  url: string,
  database: Database,
  countyId: string,
  townshipId: string,
  count: number,
) {
  const [village] = await database.db
    .insert(villages)
    .values({
      countyId,
      townshipId,
      name: '基准测试村',
      // Every adult present (attendance = count below): the meeting has its quorum, so the poll opens.
      adultPopulation: count,
      households: count,
      representatives: 1,
    })
    .returning();
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'office', password: DEMO_PASSWORD }),
  });
  const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = cookies.find((c) => c.startsWith('vp_csrf='))!.slice('vp_csrf='.length);
  const call = async (method: string, path: string, body?: unknown) => {
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
  const meeting = await call('POST', '/meetings', {
    villageId: village!.id,
    kind: 'villager_assembly',
    title: '基准测试村民会议',
    startsAt: new Date().toISOString(),
    place: '礼堂',
    host: '主持人',
    counters: [],
    scrutineers: [],
  });
  await call('PATCH', `/meetings/${meeting.id}`, { attendance: count });
  const options = [
    { label: '满意', kind: 'satisfied' },
    { label: '基本满意', kind: 'basically_satisfied' },
    { label: '不满意', kind: 'unsatisfied' },
    { label: '不了解', kind: 'dont_know' },
  ];
  const poll = await call('POST', `/meetings/${meeting.id}/polls`, {
    title: '基准测试表决',
    purpose: 'democratic_evaluation',
    questions: [
      { label: '对村党支部书记的评价', options },
      { label: '对村委会主任的评价', options },
    ],
  });
  const codes: string[] = [];
  while (codes.length < count) {
    const batch = await call('POST', `/polls/${poll.id}/codes`, {
      count: Math.min(2000, count - codes.length),
    });
    codes.push(...batch.codes);
  }
  await call('POST', `/polls/${poll.id}/open`);
  const choices = poll.questions.map((q: { id: string; options: { id: string }[] }, i: number) => ({
    questionId: q.id,
    optionId: q.options[i % q.options.length]!.id,
  }));
  return { pollId: poll.id as string, codes, choices };
}

/** The same body size as a ballot, inserted as one row into a plain table by a bare route. */
async function bareRoute(database: Database) {
  await database.db.execute(sql`
    create table if not exists bench_plain (
      id uuid primary key default gen_random_uuid(), county_id uuid not null, poll_id uuid not null,
      tracker text not null, choices jsonb not null)`);
  const app = Fastify({ logger: false });
  app.post('/plain', async (req, reply) => {
    const body = req.body as { code: string; choices: unknown };
    await database.db.execute(sql`
      insert into bench_plain (county_id, poll_id, tracker, choices)
      values (gen_random_uuid(), gen_random_uuid(), ${body.code.slice(0, 11)}, ${JSON.stringify(body.choices)}::jsonb)`);
    return reply.status(201).send({ tracker: body.code.slice(0, 11) });
  });
  return app;
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARM_UP = 500;

/** The round with the median ratio: the machine may be shared, so bare and cast alternate. */
function median(runs: { bare: Figures; cast: Figures }[]) {
  const sorted = [...runs].sort(
    (a, b) => a.cast.perSecond / a.bare.perSecond - b.cast.perSecond / b.bare.perSecond,
  );
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchCastBallot(kind: 'pglite' | 'postgres', amount: number) {
  const database = await openBenchDatabase(kind);
  const demo = await loadDemo(database);
  const app = await buildApp({ database, rateLimitPerMinute: 1_000_000_000 });
  const plain = await bareRoute(database);
  timeRequests(app);
  timeRequests(plain);
  try {
    const url = await listen(app);
    const plainUrl = await listen(plain);
    const township = demo.townshipIds.愚公乡!;
    const need = amount * ROUNDS + WARM_UP;
    const { codes, choices } = await preparePoll(url, database, demo.countyId, township, need);
    const headers = { 'content-type': 'application/json' };
    const bodyOf = (code: string) => JSON.stringify({ code, choices });
    let next = 0;
    const bareRun = (n: number) =>
      autocannon({
        url: plainUrl,
        connections: CONNECTIONS,
        amount: n,
        requests: [{ method: 'POST', path: '/plain', headers, body: bodyOf(codes[0]!) }],
      });
    // Each request takes the next fresh code.
    const castRun = (n: number) =>
      autocannon({
        url,
        connections: CONNECTIONS,
        amount: n,
        requests: [
          {
            method: 'POST',
            path: '/api/public/ballots',
            headers,
            setupRequest: (r) => ({ ...r, body: bodyOf(codes[next++]!) }),
          },
        ],
      });
    await bareRun(WARM_UP);
    await castRun(WARM_UP);
    const rounds: { bare: Figures; cast: Figures }[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const bare = await measured('bare INSERT route', () => bareRun(amount));
      const cast = await measured('POST /api/public/ballots', () => castRun(amount));
      rounds.push({ bare, cast });
    }
    return { kind, rounds, ...median(rounds) };
  } finally {
    await app.close();
    await plain.close();
    await database.close();
  }
}

export function report(run: Awaited<ReturnType<typeof benchCastBallot>>) {
  const row = (f: Figures) =>
    `  ${f.label.padEnd(26)} ${f.perSecond.toFixed(0).padStart(6)} req/s   p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(4)} ms   ok ${f.ok}   failed ${f.failures}   cpu ${f.cpuMs.toFixed(2)} ms/req`;
  const ratio = run.cast.perSecond / run.bare.perSecond;
  const each = run.rounds.map(
    (r, i) =>
      `  round ${i + 1}: bare ${r.bare.perSecond.toFixed(0)} req/s, cast ${r.cast.perSecond.toFixed(0)} req/s (${((r.cast.perSecond / r.bare.perSecond) * 100).toFixed(0)}%), cast p99 ${r.cast.p99} ms`,
  );
  const lines = [
    `${run.kind} (${CONNECTIONS} connections, ${run.rounds.length} alternating rounds, median shown; ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)})`,
    ...each,
    row(run.bare),
    row(run.cast),
    `  ratio cast / bare: ${(ratio * 100).toFixed(0)}% (by CPU time per request: ${((run.bare.cpuMs / run.cast.cpuMs) * 100).toFixed(0)}%)`,
  ];
  const targets = [`ratio ≥ 50%: ${ratio >= 0.5 ? 'yes' : 'NO'}`];
  if (run.kind === 'postgres') {
    targets.push(
      `≥ 1500 ballots/s: ${run.cast.perSecond >= 1500 ? 'yes' : 'NO'}`,
      `p99 < 100 ms: ${run.cast.p99 < 100 ? 'yes' : 'NO'}`,
    );
  }
  lines.push(`  targets: ${targets.join('; ')}`);
  return lines.join('\n');
}

export async function main() {
  const all: ('pglite' | 'postgres')[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
  const only = process.env.BENCH_KINDS?.split(',');
  const kinds = only ? all.filter((k) => only.includes(k)) : all;
  for (const kind of kinds) {
    const amount = Number(process.env.BENCH_AMOUNT || (kind === 'pglite' ? 6000 : 20000));
    console.log(report(await benchCastBallot(kind, amount)));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
