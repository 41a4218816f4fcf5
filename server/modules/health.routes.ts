import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App } from '../http/app.ts';
import { publicAddress } from '../http/public-address.ts';
import type { ModuleDefinition } from './module.ts';

export async function healthRoutes(app: App) {
  app.get(
    '/health',
    {
      config: { permission: 'public', rateLimit: false },
      schema: {
        tags: ['system'],
        summary: '健康检查',
        response: { 200: z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async () => {
      await app.database.db.execute(sql`select 1`);
      return { status: 'ok' as const, db: app.database.kind };
    },
  );

  app.get(
    '/public/config',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['system'],
        summary: '对外地址（二维码、张贴和打印的链接用）',
        response: {
          200: z.object({
            origin: z.string(),
            configured: z.boolean(),
            loopback: z.boolean(),
            warning: z.string().nullable(),
          }),
        },
      },
    },
    async (req) => publicAddress(req),
  );

  app.get(
    '/openapi.json',
    { config: { permission: 'public' }, schema: { tags: ['system'], summary: 'OpenAPI 文档' } },
    async () => app.swagger(),
  );
}

export const healthModule: ModuleDefinition = { name: 'health', label: '系统', routes: healthRoutes };
