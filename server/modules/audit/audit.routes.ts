import { z } from 'zod';
import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { auditPage, auditQuery, verifyResponse } from './audit.schema.ts';
import { listAudit } from './audit.service.ts';
import { auditActionsInScope } from './audit-actions.service.ts';
import { verifyInScope } from './audit-verify.service.ts';

const actionsResponse = z.array(z.object({ action: z.string(), label: z.string() }));

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
    '/audit/actions',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: '审计日志中出现过的操作（筛选用）',
        response: { 200: actionsResponse },
      },
    },
    async (req) => auditActionsInScope(app.database.db, actorOf(req).scope),
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
