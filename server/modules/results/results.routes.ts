import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { useCase } from '../../http/use-case.ts';
import { campaignParams, freezeBody, publishResultsBody, resultsView as view } from './results.schema.ts';
import { freezeResults, publishResults, resultsView } from './results.service.ts';

const tags = ['results'];

export async function resultsRoutes(app: App) {
  app.get(
    '/campaigns/:campaignId/results',
    {
      config: { permission: 'results.read' },
      schema: {
        tags,
        summary: '考评结果：综合得分、等次、排名及每个分数的计算依据（未审核时为实时预览）',
        params: campaignParams,
        response: { 200: view },
      },
    },
    async (req) => resultsView(app.database.db, actorOf(req), req.params.campaignId),
  );

  app.post(
    '/campaigns/:campaignId/results/freeze',
    {
      config: { permission: 'results.review' },
      schema: {
        tags,
        summary: '审核确认考评结果（固定当时的数据和考评设置；已确认后重新计算须填写原因）',
        params: campaignParams,
        body: freezeBody,
        response: { 200: view },
      },
    },
    async (req) =>
      useCase(req, async (tx, actor) => {
        await freezeResults(tx, actor, req.params.campaignId, req.body);
        return resultsView(tx, actor, req.params.campaignId);
      }),
  );

  app.post(
    '/campaigns/:campaignId/results/publish',
    {
      config: { permission: 'results.review' },
      schema: {
        tags,
        summary: '公示已审核确认的考评结果（公示期、异议期默认取考评设置）',
        params: campaignParams,
        body: publishResultsBody,
        response: { 201: view },
      },
    },
    async (req, reply) =>
      reply.status(201).send(
        await useCase(req, async (tx, actor) => {
          await publishResults(tx, actor, req.params.campaignId, req.body);
          return resultsView(tx, actor, req.params.campaignId);
        }),
      ),
  );
}
