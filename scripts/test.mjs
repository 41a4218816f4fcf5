// npm test: the whole suite, doing its own set-up. Steps run in order and stop at the first failure,
// exiting with that step's code. With DATABASE_URL set, the unit/API tests run on that PostgreSQL server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules', '.bin', name);
const CHROMIUM = '/usr/bin/chromium';
const APT_PACKAGES = ['chromium', 'fonts-noto-cjk'];
const started = Date.now();

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(0)}s`;

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) {
    console.error(`cannot run ${command}: ${result.error.message}`);
    return 127;
  }
  return result.status ?? 1;
}

/** Debian's Chromium for the browser tests; installed with apt-get when missing. */
function ensureChromium() {
  if (existsSync(CHROMIUM)) {
    console.log(`${CHROMIUM} is present.`);
    return 0;
  }
  const asRoot = process.getuid?.() === 0;
  const sudo = !asRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (!asRoot && !sudo) {
    console.error(
      `${CHROMIUM} is missing and npm test is not running as root, so it cannot install it.\n` +
        `Install it once, then run npm test again:\n  sudo apt-get update && sudo apt-get install -y ${APT_PACKAGES.join(' ')}`,
    );
    return 1;
  }
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  console.log(`${CHROMIUM} is missing: installing Debian's ${APT_PACKAGES.join(' ')} with apt-get.`);
  const aptGet = (...args) =>
    asRoot ? run('apt-get', args, env) : run('sudo', ['-n', 'apt-get', ...args], env);
  const update = aptGet('update');
  if (update !== 0) return update;
  const install = aptGet('install', '-y', ...APT_PACKAGES);
  if (install !== 0) return install;
  return existsSync(CHROMIUM) ? 0 : 1;
}

function browserTests(env) {
  if (!existsSync(join(root, 'e2e', 'vitest.config.ts'))) {
    console.log('e2e/vitest.config.ts does not exist yet: no browser tests to run, step skipped.');
    return 0;
  }
  // test:e2e may build the web app itself; then building here first would only do it twice.
  const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts ?? {};
  if (!/\bnpm run build\b/.test(scripts['test:e2e'] ?? '')) {
    const build = run('npm', ['run', 'build']);
    if (build !== 0) return build;
  }
  return run('npm', ['run', 'test:e2e'], env);
}

// The demo, loaded once for the unit/API tests and the browser tests alike (scripts/test-demo.ts):
// loading it is half a minute of CPU, and both steps only ever start from copies of it. It loads
// beside the lint and type check (one core each) and is waited for before the tests.
const demoDir = mkdtempSync(join(tmpdir(), 'vp-test-demo-'));
const demoFile = join(demoDir, 'snapshot.json');
const tsxArgs = (...args) => ['--import', 'tsx', ...args];
let demoLoad = null;
function startDemoLoad() {
  const child = spawn(process.execPath, tsxArgs('scripts/test-demo.ts', 'make', demoFile), {
    cwd: root,
    stdio: 'inherit',
  });
  demoLoad = { child, done: new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1))) };
  return 0;
}
const demoLoaded = () => demoLoad.done;
const withDemo = (step) => () => step({ VP_TEST_DEMO: demoFile });
async function removeDemo() {
  if (demoLoad && demoLoad.child.exitCode === null) {
    demoLoad.child.kill('SIGTERM');
    await demoLoad.done;
  }
  if (existsSync(demoFile)) run(process.execPath, tsxArgs('scripts/test-demo.ts', 'remove', demoFile));
  rmSync(demoDir, { recursive: true, force: true });
}

const steps = [
  ['Chromium for the browser tests', ensureChromium],
  ['Demo data for the tests: loading starts (copied by every test file)', startDemoLoad],
  ['Lint and format check (biome check .)', () => run(bin('biome'), ['check', '.'])],
  ['Type check (tsc --noEmit -p .)', () => run(bin('tsc'), ['--noEmit', '-p', '.'])],
  ['Demo data for the tests: loaded', demoLoaded],
  ['Unit and API tests (vitest run)', withDemo((env) => run(bin('vitest'), ['run'], env))],
  ['Web build and browser tests (npm run build, npm run test:e2e)', withDemo(browserTests)],
];

const database = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite';
console.log(`npm test: ${steps.length} steps, database: ${database}`);
for (const [index, [title, step]] of steps.entries()) {
  const stepStarted = Date.now();
  console.log(`\n━━━ npm test [${index + 1}/${steps.length}] ${title} ━━━`);
  const code = await step();
  if (code !== 0) {
    await removeDemo();
    console.error(
      `\n✗ npm test FAILED at step ${index + 1}/${steps.length} (${title}), exit code ${code}, after ${seconds(started)}.`,
    );
    process.exit(code);
  }
  console.log(`✓ step ${index + 1}/${steps.length} passed in ${seconds(stepStarted)}`);
}
await removeDemo();
console.log(`\n✓ npm test PASSED: all ${steps.length} steps on ${database}, in ${seconds(started)}.`);
