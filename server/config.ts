import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

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
  };
}
