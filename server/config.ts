import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

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
    /** Mark cookies Secure (behind HTTPS). */
    secureCookies: env.VP_SECURE_COOKIES === '1',
  };
}
