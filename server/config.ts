import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding package.json above this module: the checkout, from server/ or from the bundle in dist/server/. */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const ROOT_DIR = projectRoot(dirname(fileURLToPath(import.meta.url)));

/** The bundled server `node scripts/build-server.mjs` writes; npm start and the tests' servers run it. */
export const SERVER_BUNDLE = join(ROOT_DIR, 'dist', 'server', 'main.mjs');

/**
 * VP_TRUST_PROXY: the reverse proxies whose X-Forwarded-For names the client (so rate limits count
 * villagers, not the proxy): addresses or CIDR ranges, comma-separated, or loopback / uniquelocal.
 * Unset: no proxy is believed (a client could otherwise claim any address).
 */
function trustProxy(value: string | undefined): string | false {
  const list = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.some((s) => s === 'true' || s === '*')) {
    throw new Error('VP_TRUST_PROXY: name the proxy addresses (e.g. 127.0.0.1), not every sender');
  }
  return list.length ? list.join(',') : false;
}

/**
 * VP_PUBLIC_URL: where villagers' phones reach this server (QR slips, posters, printed links), e.g.
 * http://192.168.1.10:3000 or https://vote.example.gov.cn: an http(s) origin, no path beyond /.
 * Returned without the trailing slash; null when unset.
 */
function publicUrl(value: string | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const example = '，如 http://192.168.1.10:3000 或 https://vote.example.gov.cn';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`VP_PUBLIC_URL 不是有效的网址：${text}${example}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`VP_PUBLIC_URL 应以 http:// 或 https:// 开头：${text}${example}`);
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password)
    throw new Error(`VP_PUBLIC_URL 只写协议、主机和端口，不带路径、参数或用户名：${text}${example}`);
  return url.origin;
}

/** Settings from the environment, read in one place. */
export function readConfig(env: NodeJS.ProcessEnv = process.env) {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR ?? join(ROOT_DIR, 'data')),
    webDir: join(ROOT_DIR, 'dist', 'web'),
    loadDemo: env.VP_DEMO !== '0',
    logger: env.VP_LOG !== '0',
    trustProxy: trustProxy(env.VP_TRUST_PROXY),
    publicUrl: publicUrl(env.VP_PUBLIC_URL),
    /** Mark cookies Secure (behind HTTPS). */
    secureCookies: env.VP_SECURE_COOKIES === '1',
  };
}
