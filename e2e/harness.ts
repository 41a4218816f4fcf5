import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { createScratchDatabase } from '../server/db/scratch-database.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM = '/usr/bin/chromium';
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

/** A fresh database on the PostgreSQL server of DATABASE_URL, dropped again by the returned function. */
const freshPostgres = (url: string) => createScratchDatabase(url, { prefix: 'vp_e2e', forceDrop: true });

async function waitForHealth(baseUrl: string, server: ChildProcess, output: () => string): Promise<void> {
  // E2E_HEALTH_TIMEOUT_MS: more time for the demo load on a loaded machine (pass --hookTimeout too).
  const deadline = Date.now() + Number(process.env.E2E_HEALTH_TIMEOUT_MS ?? 90_000);
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

/**
 * Starts the real server (built web app, demo data) on a free port with a fresh data directory
 * (or a fresh PostgreSQL database when DATABASE_URL is set), and Debian's Chromium.
 */
export async function startE2E(): Promise<E2E> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'vp-e2e-'));
  const postgres = process.env.DATABASE_URL ? await freshPostgres(process.env.DATABASE_URL) : null;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    VP_LOG: process.env.E2E_SERVER_LOG === '1' ? '1' : '0',
  };
  if (postgres) env.DATABASE_URL = postgres.url;
  else delete env.DATABASE_URL;

  let log = '';
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
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
  const loopbackUrl = `http://127.0.0.1:${port}`;
  const baseUrl = `http://${SERVER_NAME}:${port}`;
  const stopServer = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
    await postgres?.drop();
  };

  try {
    await waitForHealth(loopbackUrl, server, () => log);
  } catch (error) {
    await stopServer();
    throw error;
  }
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
