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
  candidatesQuery,
  closeBody,
  DEFAULT_BOTTOM,
  followUpBody,
  listBody,
  organizationParams,
  weakOrganizationsView as view,
} from './weak-organizations.schema.ts';
import { addFollowUp, closeWeakOrganization, listWeakOrganization } from './weak-organizations.service.ts';
import { weakOrganizationsView } from './weak-organizations-view.ts';

const tags = ['weak-organizations'];

/** An office write, answered with the year's list as it now stands, read in the write's transaction. */
const answered = (req: FastifyRequest, write: (tx: Tx, actor: Actor) => Promise<CampaignRow>) =>
  useCase(req, async (tx, actor) => weakOrganizationsView(tx, actor, await write(tx, actor), DEFAULT_BOTTOM));

export async function weakOrganizationsRoutes(app: App) {
  app.get(
    '/campaigns/:campaignId/weak-organizations',
    {
      config: { permission: 'sanctions.read' },
      schema: {
        tags,
        summary: '本年度软弱涣散村级组织：已列入整顿的村和按考评结果提示的村',
        params: campaignParams,
        querystring: candidatesQuery,
        response: { 200: view },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const campaign = await findCampaign(app.database.db, actor.scope, req.params.campaignId);
      return weakOrganizationsView(app.database.db, actor, campaign, req.query.bottom);
    },
  );

  app.post(
    '/campaigns/:campaignId/weak-organizations',
    {
      config: { permission: 'sanctions.manage' },
      schema: {
        tags,
        summary: '将一个村列入软弱涣散村级组织整顿（整改措施、责任领导）',
        params: campaignParams,
        body: listBody,
        response: { 200: view },
      },
    },
    async (req) =>
      answered(req, (tx, actor) => listWeakOrganization(tx, actor, req.params.campaignId, req.body)),
  );

  app.post(
    '/weak-organizations/:organizationId/follow-ups',
    {
      config: { permission: 'sanctions.manage' },
      schema: {
        tags,
        summary: '记录一次整改跟踪',
        params: organizationParams,
        body: followUpBody,
        response: { 200: view },
      },
    },
    async (req) => answered(req, (tx, actor) => addFollowUp(tx, actor, req.params.organizationId, req.body)),
  );

  app.post(
    '/weak-organizations/:organizationId/close',
    {
      config: { permission: 'sanctions.manage' },
      schema: {
        tags,
        summary: '整顿完成，销号',
        params: organizationParams,
        body: closeBody,
        response: { 200: view },
      },
    },
    async (req) =>
      answered(req, (tx, actor) => closeWeakOrganization(tx, actor, req.params.organizationId, req.body)),
  );
}
