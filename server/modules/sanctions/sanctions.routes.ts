import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../core/actor.ts';
import type { Tx } from '../../db/client.ts';
import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { useCase } from '../../http/use-case.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import { recordRecallProposal, startRecallVote } from './recall.service.ts';
import {
  campaignParams,
  caseParams,
  caseStepBody,
  recallProposalBody,
  recallVoteBody,
  talkBody,
  taskParams,
  sanctionsView as view,
} from './sanctions.schema.ts';
import { addCaseStep, recordTalk } from './sanctions.service.ts';
import { sanctionsView } from './sanctions-view.ts';

const tags = ['sanctions'];

/** An office write, answered with the year's 奖惩 as it now stands, read in the write's transaction. */
const answered = (req: FastifyRequest, write: (tx: Tx, actor: Actor) => Promise<CampaignRow>) =>
  useCase(req, async (tx, actor) => sanctionsView(tx, actor, await write(tx, actor)));

export async function sanctionsRoutes(app: App) {
  app.get(
    '/campaigns/:campaignId/sanctions',
    {
      config: { permission: 'sanctions.read' },
      schema: {
        tags,
        summary: '本年度诫勉谈话任务和免职（罢免）案件',
        params: campaignParams,
        response: { 200: view },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const campaign = await findCampaign(app.database.db, actor.scope, req.params.campaignId);
      return sanctionsView(app.database.db, actor, campaign);
    },
  );

  app.post(
    '/admonishments/:taskId/talk',
    {
      config: { permission: 'sanctions.manage' },
      schema: {
        tags,
        summary: '记录诫勉谈话并办结',
        params: taskParams,
        body: talkBody,
        response: { 200: view },
      },
    },
    async (req) => answered(req, (tx, actor) => recordTalk(tx, actor, req.params.taskId, req.body)),
  );

  app.post(
    '/removal-cases/:caseId/steps',
    {
      config: { permission: 'sanctions.manage' },
      schema: {
        tags,
        summary: '记录案件的下一个办理步骤（告知、陈述申辩、决定、结果）',
        params: caseParams,
        body: caseStepBody,
        response: { 200: view },
      },
    },
    async (req) => answered(req, (tx, actor) => addCaseStep(tx, actor, req.params.caseId, req.body)),
  );

  app.post(
    '/removal-cases/:caseId/recall-proposal',
    {
      config: { permission: 'sanctions.manage' },
      schema: {
        tags,
        summary: '登记罢免村民委员会主任的联名要求（五分之一以上村民或三分之一以上村民代表）',
        params: caseParams,
        body: recallProposalBody,
        response: { 200: view },
      },
    },
    async (req) => answered(req, (tx, actor) => recordRecallProposal(tx, actor, req.params.caseId, req.body)),
  );

  app.post(
    '/removal-cases/:caseId/recall-vote',
    {
      config: { permission: 'sanctions.manage' },
      schema: {
        tags,
        summary: '在本村村民会议上发起罢免表决（表决用途“罢免”）',
        params: caseParams,
        body: recallVoteBody,
        response: { 200: view },
      },
    },
    async (req) => answered(req, (tx, actor) => startRecallVote(tx, actor, req.params.caseId, req.body)),
  );
}
