import { readConfig } from './config.ts';
import { type Database, openDatabase } from './db/client.ts';
import { buildApp } from './http/app.ts';
import { purgeExpiredSessions } from './modules/auth/session.service.ts';
import { demoLoginsText, isEmpty, loadDemo } from './modules/demo/demo.service.ts';

const config = readConfig();

async function openConfiguredDatabase(): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ url: config.databaseUrl })
    : openDatabase({ dataDir: config.dataDir });
}

const HOUR_MS = 60 * 60 * 1000;

async function main() {
  const database = await openConfiguredDatabase();
  // With several processes starting on one empty database, only the first loads the demo.
  const firstStart = await database.duringStartup(async () => {
    const empty = await isEmpty(database);
    if (empty && config.loadDemo) await loadDemo(database);
    return empty;
  });
  await purgeExpiredSessions(database.db);
  const purge = setInterval(() => void purgeExpiredSessions(database.db).catch(() => undefined), HOUR_MS);
  purge.unref();
  const app = await buildApp({
    database,
    logger: config.logger,
    webDir: config.webDir,
    trustProxy: config.trustProxy,
    publicUrl: config.publicUrl,
  });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: closing`);
    clearInterval(purge);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const where = database.kind === 'pglite' ? `嵌入式数据库 ${config.dataDir}` : 'PostgreSQL';
  console.log(`\n村官承诺考评系统已启动：http://localhost:${config.port}  （${where}）`);
  console.log(
    config.publicUrl
      ? `对外地址（二维码和打印的链接）：${config.publicUrl}`
      : '未设置对外地址 VP_PUBLIC_URL：二维码和打印的链接将取自浏览器当前的地址',
  );
  if (firstStart && config.loadDemo) console.log('首次启动，已载入演示数据：示范县 愚公乡');
  if (config.loadDemo) console.log(`${demoLoginsText()}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
