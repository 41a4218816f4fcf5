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

async function main() {
  const database = await openConfiguredDatabase();
  const firstStart = await isEmpty(database);
  if (firstStart && config.loadDemo) await loadDemo(database);
  await purgeExpiredSessions(database.db);
  const app = await buildApp({ database, logger: config.logger, webDir: config.webDir });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: closing`);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const where = database.kind === 'pglite' ? `嵌入式数据库 ${config.dataDir}` : 'PostgreSQL';
  console.log(`\n村官承诺考评系统已启动：http://localhost:${config.port}  （${where}）`);
  if (firstStart && config.loadDemo) console.log('首次启动，已载入演示数据：示范县 愚公乡');
  if (config.loadDemo) console.log(`${demoLoginsText()}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
