/**
 * The live screen under a burst (issue 10): 30 jurors submit their scores of the current reporter
 * within one second, each from their own signed-in session over HTTP; a projector is connected to
 * the meeting's SSE stream. For each score: from sending it to the first screen state that counts it
 * (the k-th committed score is in once the screen shows k). Beside it, in the same run and process,
 * the same 30 requests (same spread in time, same connections' cookies) to a bare route. Target:
 * p99 under 1 s. Usage: tsx bench/jury-live.ts   (PGlite, and PostgreSQL too when DATABASE_URL is set)
 */
import { eq } from 'drizzle-orm';
import { jurors } from '../server/db/schema/index.ts';
import { buildApp } from '../server/http/app.ts';
import { loadDemo } from '../server/modules/demo/demo.service.ts';
import { demoActor } from '../server/modules/demo/demo-actors.ts';
import { DEMO_PASSWORD } from '../server/modules/demo/demo-data.ts';
import { addJuror, issueSlips } from '../server/modules/jury/jurors.service.ts';
import type { MeetingView, ScreenView } from '../server/modules/jury/jury.schema.ts';
import { campaignMeeting, meetingView, startMeeting } from '../server/modules/jury/meetings.service.ts';
import { createPerson } from '../server/modules/org/persons.service.ts';
import { openBenchDatabase } from './bench-db.ts';
import { benchKinds, listen } from './page-bench.ts';

process.env.VP_FAST_HASH = '1';

const JURORS = Number(process.env.BENCH_JURORS ?? 30);
const SPREAD_MS = 1000;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};

async function post(url: string, body: unknown, cookie = '', csrf = '') {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
    body: JSON.stringify(body),
  });
}

const cookiesOf = (res: Response) => {
  const pairs = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
  return { cookie: pairs.join('; '), csrf: pairs.find((p) => p.startsWith('vp_csrf='))?.slice(8) ?? '' };
};

/** The demo's 2026 meeting with enough extra jurors that JURORS of them score the first reporter. */
async function prepareMeeting(database: Awaited<ReturnType<typeof openBenchDatabase>>, campaignId: string) {
  return database.transaction(async (tx) => {
    const office = await demoActor(tx, 'office');
    const found = await campaignMeeting(tx, office, campaignId);
    let view = found.meeting as MeetingView;
    const first = view.reporters[0]!;
    const eligible = () => view.jurors.filter((j) => !j.ties.some((t) => t.villageId === first.villageId));
    for (let i = 0; eligible().length < JURORS; i++) {
      const person = await createPerson(tx, office, {
        villageId: first.villageId,
        name: `评测评委${i + 1}`,
        partyMember: true,
      });
      view = await addJuror(tx, office, view.id, { personId: person.id, category: 'party_deputy' });
    }
    const slipFor = view.jurors.filter((j) => j.signIn !== 'account').map((j) => j.id);
    const { slips } = await issueSlips(tx, office, view.id, slipFor);
    await startMeeting(tx, office, view.id);
    view = await meetingView(tx, office, view.id);
    const names = new Set(eligible().map((j) => j.name));
    return {
      view,
      first,
      codes: slips.filter((s) => names.has(s.name)).map((s) => s.code),
      hasAccount: names.has('钱卫东'),
    };
  });
}

/** Reads the SSE stream; `seen(k)` resolves with the time the screen first showed k scores of the current reporter. */
async function projector(url: string, meetingId: string, cookie: string) {
  const controller = new AbortController();
  const res = await fetch(`${url}/api/jury/meetings/${meetingId}/live`, {
    headers: { cookie },
    signal: controller.signal,
  });
  const firstSeen = new Map<number, number>();
  let maxSeen = -1;
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        for (let cut = buffer.indexOf('\n\n'); cut >= 0; cut = buffer.indexOf('\n\n')) {
          const data = buffer
            .slice(0, cut)
            .split('\n')
            .find((l) => l.startsWith('data: '));
          buffer = buffer.slice(cut + 2);
          if (!data) continue;
          const state = JSON.parse(data.slice(6)) as ScreenView;
          const scored = state.current?.scored ?? 0;
          const now = performance.now();
          for (let k = maxSeen + 1; k <= scored; k++) firstSeen.set(k, now);
          maxSeen = Math.max(maxSeen, scored);
        }
      }
    } catch {
      // closed
    }
  })();
  const seen = async (k: number, timeoutMs = 30_000) => {
    const deadline = performance.now() + timeoutMs;
    while (!firstSeen.has(k)) {
      if (performance.now() > deadline) throw new Error(`the screen never showed ${k} scores`);
      await new Promise((r) => setTimeout(r, 2));
    }
    return firstSeen.get(k)!;
  };
  return { seen, close: () => controller.abort() };
}

/** Fires one request per session at spread-out offsets within SPREAD_MS; returns send and response times. */
async function burst(
  sessions: { cookie: string; csrf: string }[],
  send: (s: { cookie: string; csrf: string }) => Promise<Response>,
) {
  const offsets = sessions.map((_, i) => (i * SPREAD_MS) / sessions.length);
  const start = performance.now();
  return Promise.all(
    sessions.map(async (s, i) => {
      await new Promise((r) => setTimeout(r, offsets[i]));
      const sent = performance.now();
      const res = await send(s);
      if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
      await res.arrayBuffer();
      return { sent: sent - start, done: performance.now() - start, start };
    }),
  );
}

export async function benchJuryLive(kind: 'pglite' | 'postgres') {
  const database = await openBenchDatabase(kind);
  const demo = await loadDemo(database);
  const app = await buildApp({ database, rateLimitPerMinute: 1_000_000_000 });
  app.post('/bench/bare', { config: { permission: 'public' } }, async () => ({ ok: true }));
  try {
    const url = await listen(app);
    const campaignId = demo.campaignIds[2026]!;
    const { view, first, codes, hasAccount } = await prepareMeeting(database, campaignId);
    const sessions = [];
    for (const code of codes) sessions.push(cookiesOf(await post(`${url}/api/jury/sign-in`, { code })));
    if (hasAccount)
      sessions.push(
        cookiesOf(await post(`${url}/api/auth/login`, { username: 'juror', password: DEMO_PASSWORD })),
      );
    if (sessions.length !== JURORS) throw new Error(`${sessions.length} juror sessions, expected ${JURORS}`);
    const office = cookiesOf(
      await post(`${url}/api/auth/login`, { username: 'office', password: DEMO_PASSWORD }),
    );

    const bare = await burst(sessions, (s) => post(`${url}/bench/bare`, {}, s.cookie, s.csrf));
    const bareLatency = bare.map((r) => r.done - r.sent);

    const screen = await projector(url, view.id, office.cookie);
    await screen.seen(0);
    const scores = await burst(sessions, (s) =>
      post(
        `${url}/api/jury/meetings/${view.id}/scores`,
        { reporterId: first.id, total: 80 },
        s.cookie,
        s.csrf,
      ),
    );
    const start = scores[0]!.start;
    const byDone = [...scores].sort((a, b) => a.done - b.done);
    const latency = [];
    for (const [k, r] of byDone.entries()) latency.push((await screen.seen(k + 1)) - start - r.sent);
    screen.close();
    const counted = await database.db
      .select({ id: jurors.id })
      .from(jurors)
      .where(eq(jurors.meetingId, view.id));
    return {
      kind,
      jurors: sessions.length,
      panel: counted.length,
      bare: { p50: quantile(bareLatency, 0.5), p99: quantile(bareLatency, 0.99) },
      screen: { p50: quantile(latency, 0.5), p99: quantile(latency, 0.99), max: Math.max(...latency) },
      response: {
        p99: quantile(
          scores.map((r) => r.done - r.sent),
          0.99,
        ),
      },
    };
  } finally {
    await app.close();
    await database.close();
  }
}

export function report(r: Awaited<ReturnType<typeof benchJuryLive>>) {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const verdict = r.screen.p99 < 1000 ? 'under 1 s: yes' : 'under 1 s: NO';
  return [
    `jury live screen, ${r.kind}: ${r.jurors} jurors (panel of ${r.panel}) submit within ${SPREAD_MS} ms`,
    `  score sent → on the screen (SSE): p50 ${ms(r.screen.p50)}, p99 ${ms(r.screen.p99)} (${verdict}); score response p99 ${ms(r.response.p99)}`,
    `  baseline, the same ${r.jurors} requests to a bare route: p50 ${ms(r.bare.p50)}, p99 ${ms(r.bare.p99)}`,
  ].join('\n');
}

export async function main() {
  for (const kind of benchKinds()) console.log(report(await benchJuryLive(kind)));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
