import { z } from 'zod';
import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { publicAddress } from '../../http/public-address.ts';
import { useCase } from '../../http/use-case.ts';
import {
  campaignParams,
  chairBody,
  chairedView,
  overviewView,
  startBody,
  startResponse,
  villageParams,
} from './village-evaluation.schema.ts';
import { evaluationOverview, recordChair, startEvaluation } from './village-evaluation.service.ts';
import { chairedEvaluations } from './village-evaluation-chaired.ts';

const tags = ['village-evaluation'];
const base = '/village-evaluations/campaigns/:campaignId';

/** 民主测评: the office's overview per village, starting a village's evaluation, recording its chair. */
export async function villageEvaluationRoutes(app: App) {
  app.get(
    '/village-evaluations/chaired',
    {
      config: { permission: 'village_evaluation.chair_certify' },
      schema: {
        tags,
        summary: '本人作为村务监督委员会主任主持的民主测评（最新的在前）',
        response: { 200: z.array(chairedView) },
      },
    },
    async (req) => chairedEvaluations(app.database.db, actorOf(req)),
  );

  app.get(
    base,
    {
      config: { permission: 'village_evaluation.read' },
      schema: {
        tags,
        summary: '各村民主测评（未开始 / 进行中 / 已确认及每人得分）',
        params: campaignParams,
        response: { 200: overviewView },
      },
    },
    async (req) => evaluationOverview(app.database.db, actorOf(req), req.params.campaignId),
  );

  app.post(
    `${base}/start`,
    {
      config: { permission: 'village_evaluation.start' },
      schema: {
        tags,
        summary: '开始一个村的民主测评（在会议上建表决：每位承诺主体一项，纸质选票和/或手机选票码）',
        params: campaignParams,
        body: startBody,
        response: { 201: startResponse },
      },
    },
    async (req, reply) => {
      const started = await useCase(req, (tx, actor) =>
        startEvaluation(tx, actor, req.params.campaignId, req.body),
      );
      const { origin, warning } = publicAddress(req);
      return reply.status(201).send({ ...started, publicAddress: { origin, warning } });
    },
  );

  app.put(
    `${base}/villages/:villageId/chair`,
    {
      config: { permission: 'village_evaluation.chair' },
      schema: {
        tags,
        summary: '登记村务监督委员会主任（其村民监督员账号作为民主测评的主持人确认）',
        params: villageParams,
        body: chairBody,
        response: { 200: z.object({ id: z.string(), personId: z.string(), userId: z.string() }) },
      },
    },
    async (req) =>
      useCase(req, async (tx, actor) => {
        const row = await recordChair(tx, actor, req.params.campaignId, req.params.villageId, req.body);
        return { id: row.id, personId: row.personId, userId: row.userId };
      }),
  );
}
