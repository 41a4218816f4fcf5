import { notFound } from '../../core/errors.ts';
import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { chainHead } from '../audit/chain-head.ts';
import { dashboardQuery, dashboardView } from './dashboard.schema.ts';
import { dashboard } from './dashboard.service.ts';
import { dashboardWorkbook } from './dashboard-workbook.ts';

const tags = ['dashboard'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function dashboardRoutes(app: App) {
  const db = () => app.database.db;

  app.get(
    '/dashboard',
    {
      config: { permission: 'dashboard.read' },
      schema: {
        tags,
        summary: '践诺看板：各村承诺事项状态与类别、落后村、来信与整改（乡领导只看联系村）',
        querystring: dashboardQuery,
        response: { 200: dashboardView },
      },
    },
    async (req) => dashboard(db(), actorOf(req), req.query.campaignId),
  );

  app.get(
    '/dashboard.xlsx',
    {
      config: { permission: 'dashboard.read' },
      schema: { tags, summary: '导出践诺看板的数字（.xlsx）', querystring: dashboardQuery },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const data = await dashboard(db(), actor, req.query.campaignId);
      if (!data.campaign) throw notFound('考评活动');
      const head = await chainHead(db(), actor.scope.countyId);
      const bytes = await dashboardWorkbook({ ...data, campaign: data.campaign, chainHead: head });
      const name = `${data.campaign.year}年度践诺看板.xlsx`;
      return reply
        .header('content-type', XLSX)
        .header(
          'content-disposition',
          `attachment; filename="dashboard.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .send(bytes);
    },
  );
}
