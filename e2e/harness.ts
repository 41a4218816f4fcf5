import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { createScratchDatabase } from '../server/db/scratch-database.ts';
import { type DemoSnapshot, readDump } from '../server/test/demo-snapshot-file.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM = '/usr/bin/chromium';
/** The bundled server (`node scripts/build-server.mjs`; npm run test:e2e builds it), as npm start runs it. */
export const SERVER_BUNDLE = join(ROOT, 'dist/server/main.mjs');
export const DEMO_PASSWORD = 'Demo2026';

/**
 * The name the browser reaches the server by, as a phone or second PC on the township's LAN would: not
 * loopback, so nothing passes only because Chromium trusts localhost (secure-context exemptions, cookies).
 */
export const SERVER_NAME = 'township.test';

export const DESKTOP = { width: 1366, height: 800 };
export const PHONE = { width: 375, height: 740 };

const CHROMIUM_ARGS = [
  `--host-resolver-rules=MAP ${SERVER_NAME} 127.0.0.1`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(baseUrl: string, server: ChildProcess, output: () => string): Promise<void> {
  // E2E_HEALTH_TIMEOUT_MS: the first server loads the whole demo (three years); more on a loaded machine.
  const deadline = Date.now() + Number(process.env.E2E_HEALTH_TIMEOUT_MS ?? 600_000);
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited (${server.exitCode}):\n${output()}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not become healthy in time:\n${output()}`);
}

export type E2E = {
  /** http://township.test:<port>, the address the browser uses (Node's own requests use loopback). */
  baseUrl: string;
  browser: Browser;
  /** A new browser context (own cookies) with a page at the given viewport. */
  newPage: (viewport?: { width: number; height: number }) => Promise<{ context: BrowserContext; page: Page }>;
  stop: () => Promise<void>;
};

/** A running server process: its loopback address, its output so far, and how to stop it. */
type ServerProcess = { loopbackUrl: string; port: number; output: () => string; stop: () => Promise<void> };

/** Spawns the bundled server on a free port over the data directory (and database) given, and waits until it is healthy. */
async function startServer(dataDir: string, databaseUrl: string | null): Promise<ServerProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    // The server runs as in production: its ballot key from DATA_DIR/ballot.key, not Vitest's in-memory one.
    VITEST: '',
    VP_LOG: process.env.E2E_SERVER_LOG === '1' ? '1' : '0',
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;

  let log = '';
  const server = spawn(process.execPath, ['--enable-source-maps', SERVER_BUNDLE], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // E2E_SERVER_LOG=1 shows the server's own output (with request logs) while debugging a test.
  const echo = process.env.E2E_SERVER_LOG === '1';
  const collect = (chunk: Buffer) => {
    log += chunk;
    if (echo) process.stderr.write(chunk);
  };
  server.stdout?.on('data', collect);
  server.stderr?.on('data', collect);
  const stop = async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
  };
  const loopbackUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(loopbackUrl, server, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { loopbackUrl, port, output: () => log, stop };
}

/**
 * `prepare` changes the file's copy of the demo before its server starts (the server holds the
 * database then): it is given what openDatabase takes for that copy.
 */
export type E2EOptions = { prepare?: (database: { url: string } | { dataDir: string }) => Promise<void> };

/** The demo, loaded once per run by a first server (global-setup.ts): each file's server starts from a copy. */
export type DemoTemplate = { dataDir: string; database: string | null };

declare module 'vitest' {
  export interface ProvidedContext {
    e2eDemoTemplate: DemoTemplate;
  }
}

/**
 * Starts a server on a fresh data directory (and database) so it loads the demo, then stops it cleanly:
 * the directory (with its ballot key) and, on PostgreSQL, the database are the template of every test file.
 */
export async function makeDemoTemplate(): Promise<{ template: DemoTemplate; remove: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vp-e2e-template-'));
  const url = process.env.DATABASE_URL;
  const postgres = url
    ? await createScratchDatabase(url, { prefix: 'vp_e2e_template', forceDrop: true })
    : null;
  const server = await startServer(dataDir, postgres?.url ?? null);
  await server.stop();
  return {
    template: { dataDir, database: postgres?.name ?? null },
    remove: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      await postgres?.drop();
    },
  };
}

/**
 * The template made from npm test's shared demo snapshot (the one the unit/API tests used) instead of
 * loading the demo again: its PGlite dump unpacked into a data directory, or its PostgreSQL template
 * database, with the ballot key the demo was made under. The snapshot itself belongs to npm test.
 */
export async function demoTemplateFromSnapshot(
  snapshot: DemoSnapshot,
): Promise<{ template: DemoTemplate; remove: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vp-e2e-template-'));
  if (snapshot.pgliteDump) {
    const { openDatabase } = await import('../server/db/client.ts');
    const database = await openDatabase({ dataDir, loadDataDir: readDump(snapshot.pgliteDump) });
    await database.close();
  }
  writeFileSync(join(dataDir, 'ballot.key'), `${snapshot.ballotKey}\n`, { mode: 0o600 });
  return {
    template: { dataDir, database: snapshot.postgresTemplate ?? null },
    remove: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/**
 * Starts the real server (built web app, demo data) on a free port with a copy of the run's demo
 * data directory (and a copy of its PostgreSQL database when DATABASE_URL is set), and Debian's Chromium.
 */
export async function startE2E(options: E2EOptions = {}): Promise<E2E> {
  const template = inject('e2eDemoTemplate');
  const dataDir = mkdtempSync(join(tmpdir(), 'vp-e2e-'));
  cpSync(template.dataDir, dataDir, { recursive: true });
  const url = process.env.DATABASE_URL;
  const postgres =
    url && template.database
      ? await createScratchDatabase(url, { prefix: 'vp_e2e', forceDrop: true, template: template.database })
      : null;
  const removeData = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await postgres?.drop();
  };
  let server: ServerProcess;
  try {
    await options.prepare?.(postgres ? { url: postgres.url } : { dataDir });
    server = await startServer(dataDir, postgres?.url ?? null);
  } catch (error) {
    await removeData();
    throw error;
  }
  const baseUrl = `http://${SERVER_NAME}:${server.port}`;
  const stopServer = async () => {
    await server.stop();
    await removeData();
  };

  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  } catch (error) {
    await stopServer();
    throw error;
  }
  return {
    baseUrl,
    browser,
    newPage: async (viewport = DESKTOP) => {
      const context = await browser.newContext({
        baseURL: baseUrl,
        viewport,
        locale: 'zh-CN',
        acceptDownloads: true,
      });
      const page = await context.newPage();
      return { context, page };
    },
    stop: async () => {
      await browser.close();
      await stopServer();
    },
  };
}

/** Signs in through the login form and waits for the home page. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByText(/您好，/).waitFor();
}

/** With E2E_SHOTS=1, saves a full-page screenshot to tmp/shots/<name>.png for a human look. */
export async function shot(page: Page, name: string): Promise<void> {
  if (process.env.E2E_SHOTS !== '1') return;
  const dir = join(ROOT, 'tmp/shots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}
