import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './client.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';

const CLIENT_MODULE = new URL('./client.ts', import.meta.url).pathname;
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'vp-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Opens the data directory from another Node process, as a second server would. */
function openInAnotherProcess(dataDir: string): Promise<{ code: number; stderr: string }> {
  const script =
    `import { openDatabase } from ${JSON.stringify(CLIENT_MODULE)};` +
    `const d = await openDatabase({ dataDir: ${JSON.stringify(dataDir)} }); await d.close();`;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      (error, _out, stderr) => resolve({ code: error ? Number(error.code) : 0, stderr }),
    );
  });
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(child.stdout.trim());
}

describe('data directory lock', () => {
  it('holds our pid while taken and is removed on release', () => {
    const dir = tempDir();
    const release = acquireDataDirLock(dir);
    expect(readFileSync(join(dir, 'server.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, 'server.lock'))).toBe(false);
  });

  it('refuses a second process while the database is open, and frees the directory on close', async () => {
    const dir = tempDir();
    const database = await openDatabase({ dataDir: dir });
    const refused = await openInAnotherProcess(dir);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(`数据目录 ${dir} 正被进程 ${process.pid} 使用`);
    await database.close();
    expect(existsSync(join(dir, 'server.lock'))).toBe(false);
    acquireDataDirLock(dir)();
  }, 120_000);

  it('takes over a stale lock whose process is gone', async () => {
    const dir = tempDir();
    const pid = deadPid();
    writeFileSync(join(dir, 'server.lock'), String(pid));
    const release = acquireDataDirLock(dir);
    expect(readFileSync(join(dir, 'server.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });

  it('takes over an unreadable lock file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'server.lock'), 'not a pid');
    const release = acquireDataDirLock(dir);
    expect(readFileSync(join(dir, 'server.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });
});

const probe = pgTable('durability_probe', { id: integer('id').primaryKey(), note: text('note').notNull() });

describe('closing the embedded database', () => {
  it('checkpoints on close: what was written is there when reopened', async () => {
    const dir = tempDir();
    const first = await openDatabase({ dataDir: dir });
    await first.transaction(async (tx) => {
      await tx.execute(sql`create table durability_probe (id int primary key, note text not null)`);
      await tx.execute(sql`insert into durability_probe values (1, '愚公移山'), (2, '持之以恒')`);
    });
    await first.close();

    const second = await openDatabase({ dataDir: dir });
    const rows = await second.db.select().from(probe).orderBy(probe.id);
    await second.close();
    expect(rows).toEqual([
      { id: 1, note: '愚公移山' },
      { id: 2, note: '持之以恒' },
    ]);
  }, 120_000);
});
