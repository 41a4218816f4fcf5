import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, ROOT } from './harness.ts';

/** Fails early with a clear message when something the browser tests need is missing. */
export default function setup() {
  if (!existsSync(join(ROOT, 'dist/web/index.html'))) {
    throw new Error('dist/web is not built: run `npm run build` first (npm run test:e2e does it)');
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's package (apt-get install chromium)`);
  }
}
