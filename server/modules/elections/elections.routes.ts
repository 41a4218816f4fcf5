import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../core/actor.ts';
import type { Tx } from '../../db/client.ts';
import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { useCase } from '../../http/use-case.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import {
  campaignParams,
  candidateBody,
  electionBody,
  electionParams,
  resultsBody,
  electionsView as view,
} from './elections.schema.ts';
import { addCandidate, createElection, recordResults } from './elections.service.ts';
import { electionsView } from './elections-view.ts';

const tags = ['elections'];

/** An office write, answered with the year's elections as they now stand, read in the write's transaction. */
const answered = (req: FastifyRequest, write: (tx: Tx, actor: Actor) => Promise<CampaignRow>) =>
  useCase(req, async (tx, actor) => electionsView(tx, actor, await write(tx, actor)));

export async function electionsRoutes(app: App) {
  app.get(
    '/campaigns/:campaignId/elections',
    {
      config: { permission: 'sanctions.read' },
      schema: {
        tags,
        summary: '本年度村“两委”换届选举：候选人、竞聘演讲与公开承诺',
        params: campaignParams,
        response: { 200: view },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const campaign = await findCampaign(app.database.db, actor.scope, req.params.campaignId);
      return electionsView(app.database.db, actor, campaign);
    },
  );

  app.post(
    '/campaigns/:campaignId/elections',
    {
      config: { permission: 'sanctions.manage' },
      schema: {
        tags,
        summary: '登记一个村的换届选举（选举日期、选举职务）',
        params: campaignParams,
        body: electionBody,
        response: { 200: view },
      },
    },
    async (req) => answered(req, (tx, actor) => createElection(tx, actor, req.params.campaignId, req.body)),
  );

  app.post(
    '/elections/:electionId/candidates',
    {
      config: { permission: 'sanctions.manage' },
      schema: {
        tags,
        summary: '登记一名候选人的竞聘演讲和公开承诺',
        params: electionParams,
        body: candidateBody,
        response: { 200: view },
      },
    },
    async (req) => answered(req, (tx, actor) => addCandidate(tx, actor, req.params.electionId, req.body)),
  );

  app.post(
    '/elections/:electionId/results',
    {
      config: { permission: 'sanctions.manage' },
      schema: {
        tags,
        summary: '登记当选结果',
        params: electionParams,
        body: resultsBody,
        response: { 200: view },
      },
    },
    async (req) =>
      answered(req, (tx, actor) => recordResults(tx, actor, req.params.electionId, req.body.electedIds)),
  );
}
