// npm start: build the web app and the server bundle when missing or older than their sources, then run
// the bundled server.
// Several servers started at once (several processes on one PostgreSQL) build it once: the first
// takes dist/.build.lock, the others wait for it and then find the build fresh.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildServer, newestMtime, SERVER_BUNDLE, serverBundleStale } from './build-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const built = join(root, 'dist/web/index.html');
const lock = join(root, 'dist/.build.lock');

const stale = () => !existsSync(built) || statSync(built).mtimeMs < newestMtime(join(root, 'web'));

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Takes the build lock, waiting while a live process holds it; a lock left by a dead one is taken over. */
async function takeLock() {
  mkdirSync(join(root, 'dist'), { recursive: true });
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const pid = Number(readFileSync(lock, 'utf8'));
    // pid 0: the holder has created the file but not written its pid yet.
    if (pid > 0 && !alive(pid)) rmSync(lock, { force: true });
    else await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

if (stale()) {
  await takeLock();
  let status = 0;
  try {
    if (stale()) {
      console.log('正在构建网页端……');
      status = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' }).status ?? 1;
    }
  } finally {
    rmSync(lock, { force: true });
  }
  if (status !== 0) process.exit(status);
}
// The build above made the server bundle too; this catches a server change alone (under a second).
if (serverBundleStale()) {
  await takeLock();
  try {
    if (serverBundleStale()) await buildServer();
  } finally {
    rmSync(lock, { force: true });
  }
}

const server = spawn(process.execPath, ['--enable-source-maps', SERVER_BUNDLE], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
