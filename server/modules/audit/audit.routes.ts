import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { auditPage, auditQuery, verifyResponse } from './audit.schema.ts';
import { listAudit } from './audit.service.ts';
import { verifyInScope } from './audit-verify.service.ts';

export async function auditRoutes(app: App) {
  app.get(
    '/audit',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: '审计日志（可筛选）',
        querystring: auditQuery,
        response: { 200: auditPage },
      },
    },
    async (req) => {
      const { limit, offset, ...filter } = req.query;
      return listAudit(app.database.db, actorOf(req).scope, filter, { limit, offset });
    },
  );

  app.get(
    '/audit/verify',
    {
      config: { permission: 'audit.read' },
      schema: { tags: ['audit'], summary: '校验本县审计日志哈希链', response: { 200: verifyResponse } },
    },
    async (req) => verifyInScope(app.database.db, actorOf(req).scope),
  );
}
