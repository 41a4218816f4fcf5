import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { ROOT_DIR, SERVER_BUNDLE } from '../../config.ts';
import { DEMO_PASSWORD } from '../demo/demo-data.ts';

/** A free TCP port on localhost. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export type ServerProcess = {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
};

/**
 * The real server (the bundle of `server/main.ts`, built by the run's global set-up) on a data directory, its output captured:
 * on embedded PGlite, or on the PostgreSQL database of `env.DATABASE_URL`.
 */
export async function startServer(
  dataDir: string,
  ballotKey: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--enable-source-maps', SERVER_BUNDLE], {
    cwd: ROOT_DIR,
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      VP_DEMO: '1',
      VP_FAST_HASH: '1',
      VP_BALLOT_KEY: ballotKey,
      PORT: String(port),
      HOST: '127.0.0.1',
      VITEST: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => {
    output += d;
  });
  child.stderr!.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  // The first start loads the whole demo (three years of it): minutes on a loaded CI machine.
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, url, output: () => output, exited };
}

/** JSON over HTTP as one signed-in account; throws on any status but 2xx. */
// biome-ignore lint/suspicious/noExplicitAny: untyped response JSON, read field by field by the tests
export type ApiClient = ((method: string, path: string, body?: unknown) => Promise<any>) & {
  /** The same session, sent to another server (process) of the same database. */
  at(url: string): ApiClient;
};

function apiClient(url: string, cookies: string[], csrf: string): ApiClient {
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
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
  return Object.assign(call, { at: (other: string) => apiClient(other, cookies, csrf) });
}

/** A signed-in HTTP client of a running server. */
export async function signIn(url: string, username: string): Promise<ApiClient> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login ${username}: ${login.status}`);
  const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = cookies.find((c) => c.startsWith('vp_csrf='))!.slice('vp_csrf='.length);
  return apiClient(url, cookies, csrf);
}

export type CodeVote = {
  pollId: string;
  codes: string[];
  /** One valid ballot: the first option of every question. */
  choices: { questionId: string; optionId: string }[];
};

/**
 * A code vote of the clerk's village, through the API: a villager assembly with `attendance`, a
 * one-question poll, `count` codes; opened.
 */
export async function openCodeVote(clerk: ApiClient, title: string, count: number): Promise<CodeVote> {
  const { villageId } = await clerk('GET', '/auth/me');
  const meeting = await clerk('POST', '/meetings', {
    villageId,
    kind: 'villager_assembly',
    title: `${title}村民会议`,
    startsAt: '2027-03-10T09:00:00+08:00',
    place: '村文化广场',
    host: '李建国',
    counters: ['王大海'],
    scrutineers: ['刘秀英'],
  });
  await clerk('PATCH', `/meetings/${meeting.id}`, { attendance: Math.max(count, 1000) });
  const poll = await clerk('POST', `/meetings/${meeting.id}/polls`, {
    title,
    purpose: 'pledge_confirmation',
    questions: [
      {
        label: '议题一',
        options: [
          { label: '满意', kind: 'satisfied' },
          { label: '不满意', kind: 'unsatisfied' },
        ],
      },
    ],
  });
  const { codes } = await clerk('POST', `/polls/${poll.id}/codes`, { count });
  await clerk('POST', `/polls/${poll.id}/open`);
  return {
    pollId: poll.id,
    codes,
    choices: [{ questionId: poll.questions[0].id, optionId: poll.questions[0].options[0].id }],
  };
}

/** Casts one ballot over HTTP; the receipt (tracker) when it was stored, else null. */
export async function castBallot(url: string, code: string, choices: CodeVote['choices']) {
  const res = await fetch(`${url}/api/public/ballots`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, choices }),
  });
  return res.status === 201 ? ((await res.json()).tracker as string) : null;
}
