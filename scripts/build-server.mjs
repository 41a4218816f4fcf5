// Bundles the server (server/main.ts and everything it imports from server/) into one ES module,
// dist/server/main.mjs, with the npm packages left as imports. Starting it costs about a quarter of
// the CPU of loading the 450 source files through tsx, which every start pays: npm start, and each
// browser-test file's server. Source maps keep stack traces pointing at the .ts files.
//   node scripts/build-server.mjs          (builds only when a file under server/ is newer)
//   node scripts/build-server.mjs --force
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
export const SERVER_BUNDLE = join(root, 'dist/server/main.mjs');

/** The newest modification time of any file under dir (npm start's staleness checks). */
export function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export const serverBundleStale = () =>
  !existsSync(SERVER_BUNDLE) ||
  statSync(SERVER_BUNDLE).mtimeMs <
    Math.max(newestMtime(join(root, 'server')), statSync(join(root, 'package.json')).mtimeMs);

export async function buildServer() {
  await build({
    entryPoints: [join(root, 'server/main.ts')],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--force') || serverBundleStale()) await buildServer();
}
