/**
 * Page weight, measured on the built output in dist/web (`npm run test:e2e` builds it first) and in the
 * browser: the public pages (the village page the 承诺书 QR codes point to; /vote with the ballot and
 * the board) load under 100 KB of compressed script and never the admin app; the admin app's first
 * page is printed for the record, and its shell kept under a budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, PHONE, ROOT, shot, startE2E } from './harness.ts';

const DIST = join(ROOT, 'dist/web');
const PUBLIC_LIMIT = 100 * 1024;
/**
 * The admin shell (what every admin page loads before its own chunk): 815 KiB on the data router with
 * the signed-in layout in the entry, 638 KiB since (declarative router, layout a chunk of its own).
 */
const ADMIN_SHELL_LIMIT = 680 * 1024;

/** The public pages: their built HTML, and a path the server answers with it. */
const PUBLIC_PAGES = [
  { html: 'village/index.html', path: '/public/villages/00000000-0000-4000-8000-000000000000' },
  { html: 'vote/index.html', path: '/vote' },
  { html: 'letters/index.html', path: '/letters/follow' },
  { html: 'township/index.html', path: '/public/townships/00000000-0000-4000-8000-000000000000' },
  { html: 'poster/index.html', path: '/public/villages/00000000-0000-4000-8000-000000000000/poster' },
];

const read = (url: string) => readFileSync(join(DIST, url));

/** The scripts an HTML page names (<script src>, modulepreload). */
const scriptsNamedBy = (html: string) =>
  [...html.matchAll(/(?:src|href)="(\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');

/** Every script a page can load: the ones its HTML names, then their static and dynamic imports. */
function scriptsOf(htmlFile: string): string[] {
  const queue = scriptsNamedBy(read(htmlFile).toString('utf8'));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const url = queue.pop() ?? '';
    if (seen.has(url)) continue;
    seen.add(url);
    const dir = url.slice(0, url.lastIndexOf('/') + 1);
    const code = read(url).toString('utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*"\.\/([^"]+\.js)"/g)) queue.push(dir + m[1]);
  }
  return [...seen];
}

type Weight = { raw: number; gzip: number; brotli: number };

function weigh(urls: string[]): Weight {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const url of urls) {
    const bytes = read(url);
    total.raw += bytes.length;
    total.gzip += gzipSync(bytes, { level: 9 }).length;
    total.brotli += brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  return total;
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const describeWeight = (w: Weight) => `${kib(w.raw)} (gzip ${kib(w.gzip)}, brotli ${kib(w.brotli)})`;

/** The admin app's entry script, named by index.html's <script src>. */
function adminEntry(): string {
  const entry = /<script[^>]+src="(\/[^"]+\.js)"/.exec(read('index.html').toString('utf8'))?.[1];
  if (!entry) throw new Error('dist/web/index.html names no entry script');
  return entry;
}

/** The chunk of one lazily loaded admin page, by its module name (HomePage-<hash>.js). */
function pageChunk(name: string): string {
  const file = readdirSync(join(DIST, 'assets')).find((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
  if (!file) throw new Error(`no chunk for ${name} in dist/web/assets`);
  return `/assets/${file}`;
}

/** The chunk's closure over static imports only: what the browser fetches before the page shows. */
function staticClosure(roots: string[]): string[] {
  const queue = [...roots];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const url = queue.pop() ?? '';
    if (seen.has(url)) continue;
    seen.add(url);
    const dir = url.slice(0, url.lastIndexOf('/') + 1);
    for (const m of read(url)
      .toString('utf8')
      .matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g))
      queue.push(dir + m[1]);
  }
  return [...seen];
}

describe('page weight of the built web app', () => {
  it.each(PUBLIC_PAGES)(
    '$html loads under 100 KB of compressed script, none of the admin app',
    ({ html }) => {
      const scripts = scriptsOf(html);
      expect(scripts.length).toBeGreaterThan(0);
      const weight = weigh(scripts);
      console.info(`${html}: ${scripts.length} scripts, ${describeWeight(weight)}`);
      expect(weight.gzip).toBeLessThan(PUBLIC_LIMIT);
      expect(weight.brotli).toBeLessThan(PUBLIC_LIMIT);
      expect(scripts).not.toContain(adminEntry());
      const code = scripts.map((url) => read(url).toString('utf8')).join('\n');
      expect(code).not.toMatch(/react\.element|__REACT_DEVTOOLS|ant-design|antd/i);
    },
  );

  it('keeps the admin shell under its budget, and prints the first admin pages', () => {
    const shell = staticClosure(scriptsNamedBy(read('index.html').toString('utf8')));
    const weight = weigh(shell);
    console.info(`admin shell: ${shell.length} scripts, ${describeWeight(weight)}`);
    const firstPages = { 登录页: ['LoginPage'], 首页: ['SignedInLayout', 'HomePage'] };
    for (const [name, chunks] of Object.entries(firstPages)) {
      const first = staticClosure([...shell, ...chunks.map(pageChunk)]);
      console.info(`admin ${name}: ${first.length} scripts, ${describeWeight(weigh(first))}`);
    }
    expect(weight.raw).toBeLessThan(ADMIN_SHELL_LIMIT);
  });
});

describe('public pages as the server serves them to a phone', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it.each(PUBLIC_PAGES)('$path fetches only its own light scripts', async ({ html, path }) => {
    const { page, context } = await e2e.newPage(PHONE);
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') fetched.push(new URL(request.url()).pathname);
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await shot(page, `light-${html.replace('/index.html', '')}-phone`);
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched).not.toContain(adminEntry());
    const allowed = new Set(scriptsOf(html));
    for (const url of fetched) expect(allowed).toContain(url);
    await context.close();
  });

  it('the village page of an unknown village says so in Chinese', async () => {
    const { page, context } = await e2e.newPage(PHONE);
    await page.goto(PUBLIC_PAGES[0]?.path ?? '');
    await page.getByText('没有找到这个村。').waitFor();
    await context.close();
  });
});
