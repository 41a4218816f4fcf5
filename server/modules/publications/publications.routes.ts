import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { publicAddress } from '../../http/public-address.ts';
import { useCase } from '../../http/use-case.ts';
import { villagePoster } from './poster.ts';
import { townshipBoard, villageBoard } from './public-board.ts';
import { publicCache } from './public-cache.ts';
import { listPublications, publicationView as viewOf } from './publication-views.ts';
import {
  campaignParams,
  idParams,
  listQuery,
  posterView,
  publicationView,
  publishBody,
  townshipBoardView,
  townshipParams,
  villageBoardView,
  villageParams,
  withdrawBody,
} from './publications.schema.ts';
import { publish, withdraw } from './publications.service.ts';

const tags = ['publications'];

/** How long a public board's JSON is reused (seconds of lag after a write, at most). */
const PUBLIC_TTL_MS = 5_000;

export async function publicationRoutes(app: App) {
  const db = () => app.database.db;
  const cached = publicCache(PUBLIC_TTL_MS);
  /** The JSON of a schema's whitelisted fields, made once per key and window. */
  const publicJson = <T>(key: string, schema: { parse: (v: unknown) => T }, make: () => Promise<unknown>) =>
    cached(key, async () => JSON.stringify(schema.parse(await make())));

  app.get(
    '/campaigns/:campaignId/publications',
    {
      config: { permission: 'publication.read' },
      schema: {
        tags,
        summary: '考评活动的公示（公示中、已结束、已撤回）',
        params: campaignParams,
        querystring: listQuery,
        response: { 200: publicationView.array() },
      },
    },
    async (req) => listPublications(db(), actorOf(req), req.params.campaignId, req.query.villageId),
  );

  app.post(
    '/campaigns/:campaignId/publications',
    {
      config: { permission: 'publication.write' },
      schema: {
        tags,
        summary: '发布公示（活动方案、承诺事项、践诺情况等），内容在发布时固定',
        params: campaignParams,
        body: publishBody,
        response: { 201: publicationView },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await useCase(req, async (tx, actor) =>
            viewOf(tx, actor, await publish(tx, actor, req.params.campaignId, req.body)),
          ),
        ),
  );

  app.post(
    '/publications/:id/withdraw',
    {
      config: { permission: 'publication.write' },
      schema: {
        tags,
        summary: '撤回公示（须填写原因）',
        params: idParams,
        body: withdrawBody,
        response: { 200: publicationView },
      },
    },
    async (req) =>
      useCase(req, async (tx, actor) =>
        viewOf(tx, actor, await withdraw(tx, actor, req.params.id, req.body.reason)),
      ),
  );

  app.get(
    '/public/villages/:villageId/board',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: '村务公开栏：承诺事项、践诺情况、公示及异议渠道（不需登录）',
        params: villageParams,
      },
    },
    async (req, reply) =>
      reply
        .type('application/json; charset=utf-8')
        .send(
          await publicJson(`village:${req.params.villageId}`, villageBoardView, () =>
            villageBoard(db(), req.params.villageId),
          ),
        ),
  );

  app.get(
    '/public/townships/:townshipId/board',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: '乡镇公开栏：各村承诺情况和全乡公示（不需登录）',
        params: townshipParams,
      },
    },
    async (req, reply) =>
      reply
        .type('application/json; charset=utf-8')
        .send(
          await publicJson(`township:${req.params.townshipId}`, townshipBoardView, () =>
            townshipBoard(db(), req.params.townshipId),
          ),
        ),
  );

  app.get(
    '/public/villages/:villageId/poster',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: '村务公开栏张贴海报（A4，二维码指向本村公开栏）',
        params: villageParams,
        response: { 200: posterView },
      },
    },
    async (req) => villagePoster(db(), req.params.villageId, publicAddress(req)),
  );
}
