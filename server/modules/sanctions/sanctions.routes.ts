import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { useCase } from '../../http/use-case.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import {
  campaignParams,
  caseParams,
  caseStepBody,
  talkBody,
  taskParams,
  sanctionsView as view,
} from './sanctions.schema.ts';
import { addCaseStep, recordTalk } from './sanctions.service.ts';
import { sanctionsView } from './sanctions-view.ts';

const tags = ['sanctions'];

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
    async (req) =>
      useCase(req, async (tx, actor) =>
        sanctionsView(tx, actor, await recordTalk(tx, actor, req.params.taskId, req.body)),
      ),
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
    async (req) =>
      useCase(req, async (tx, actor) =>
        sanctionsView(tx, actor, await addCaseStep(tx, actor, req.params.caseId, req.body)),
      ),
  );
}
