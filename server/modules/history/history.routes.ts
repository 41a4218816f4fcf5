import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { countyTrendsView } from './county-trends.ts';
import { historyView, personParams, trendsView } from './history.schema.ts';
import { cadreHistory } from './history.service.ts';

const tags = ['history'];

export async function historyRoutes(app: App) {
  // Every signed-in role reaches the route; domain/policies/history.ts says whose history each may read.
  app.get(
    '/history/people/:personId',
    {
      config: { permission: 'campaign.read' },
      schema: {
        tags,
        summary: '村干部履职档案：历年承诺、得分、等次、排名和奖惩',
        params: personParams,
        response: { 200: historyView },
      },
    },
    async (req) => cadreHistory(app.database.db, actorOf(req), req.params.personId),
  );

  app.get(
    '/history/county-trends',
    {
      config: { permission: 'county.read' },
      schema: {
        tags,
        summary: '全县历年趋势：各乡承诺兑现率、等次分布、综合得分均值',
        response: { 200: trendsView },
      },
    },
    async (req) => countyTrendsView(app.database.db, actorOf(req)),
  );
}
