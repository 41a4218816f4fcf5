import { z } from 'zod';
import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { useCase } from '../../http/use-case.ts';
import type { ModuleContext } from '../module.ts';
import {
  campaignDetail,
  campaignIdParams,
  campaignSummary,
  createCampaignBody,
  excludeBody,
  participantIdParams,
  participantView,
  reinstateBody,
  sealCheck,
  syncResult,
  transitionBody,
  updateConfigBody,
} from './campaigns.schema.ts';
import {
  createCampaign,
  getCampaign,
  listCampaigns,
  transitionCampaign,
  updateConfig,
  verifySeal,
} from './campaigns.service.ts';
import { excludeParticipant, reinstateParticipant } from './participant-exclusion.service.ts';
import { participantSyncPreviews, syncPreview } from './participant-sync-preview.ts';
import { listParticipants, syncParticipants } from './participants.service.ts';

const tags = ['campaigns'];

export async function campaignRoutes(app: App, { modules }: ModuleContext) {
  app.get(
    '/campaigns',
    {
      config: { permission: 'campaign.read' },
      schema: { tags, summary: '考评活动列表（本人管辖范围）', response: { 200: z.array(campaignSummary) } },
    },
    async (req) => listCampaigns(app.database.db, actorOf(req).scope),
  );

  app.post(
    '/campaigns',
    {
      config: { permission: 'campaign.write' },
      schema: {
        tags,
        summary: '创建本乡某年度的考评活动',
        body: createCampaignBody,
        response: { 201: campaignDetail },
      },
    },
    async (req, reply) => {
      const detail = await useCase(req, (tx, actor) => createCampaign(tx, actor, req.body.year, modules));
      return reply.status(201).send(detail);
    },
  );

  app.get(
    '/campaigns/:id',
    {
      config: { permission: 'campaign.read' },
      schema: {
        tags,
        summary: '考评活动详情与设置',
        params: campaignIdParams,
        response: { 200: campaignDetail },
      },
    },
    async (req) => getCampaign(app.database.db, actorOf(req).scope, req.params.id, modules),
  );

  app.put(
    '/campaigns/:id/config',
    {
      config: { permission: 'campaign.write' },
      schema: {
        tags,
        summary: '修改考评设置（筹备阶段；之后须填写原因）',
        params: campaignIdParams,
        body: updateConfigBody,
        response: { 200: campaignDetail },
      },
    },
    async (req) => useCase(req, (tx, actor) => updateConfig(tx, actor, req.params.id, req.body, modules)),
  );

  app.post(
    '/campaigns/:id/transition',
    {
      config: { permission: 'campaign.write' },
      schema: {
        tags,
        summary: '进入下一阶段（归档即封存）',
        params: campaignIdParams,
        body: transitionBody,
        response: { 200: campaignDetail },
      },
    },
    async (req) =>
      useCase(req, (tx, actor) => transitionCampaign(tx, actor, req.params.id, req.body.to, modules)),
  );

  app.get(
    '/campaigns/:id/seal',
    {
      config: { permission: 'campaign.read' },
      schema: {
        tags,
        summary: '校验已归档年度的封存值',
        params: campaignIdParams,
        response: { 200: sealCheck },
      },
    },
    async (req) => verifySeal(app.database.db, actorOf(req).scope, req.params.id, modules),
  );

  await participantRoutes(app);
}

async function participantRoutes(app: App) {
  app.get(
    '/campaigns/:id/participants',
    {
      config: { permission: 'campaign.read' },
      schema: {
        tags,
        summary: '承诺主体（参与人员）',
        params: campaignIdParams,
        response: { 200: z.array(participantView) },
      },
    },
    async (req) => listParticipants(app.database.db, actorOf(req).scope, req.params.id),
  );

  app.get(
    '/campaigns/participant-sync-previews',
    {
      config: { permission: 'campaign.write' },
      schema: {
        tags,
        summary: '按任职记录重新生成参与人员将会增删哪些人（不写入；筹备、承诺阶段的考评）',
        response: { 200: z.array(syncPreview) },
      },
    },
    async (req) => participantSyncPreviews(app.database.db, actorOf(req).scope),
  );

  app.post(
    '/campaigns/:id/participants/sync',
    {
      config: { permission: 'campaign.write' },
      schema: {
        tags,
        summary: '按任职记录重新生成参与人员（保留排除）',
        params: campaignIdParams,
        response: { 200: syncResult },
      },
    },
    async (req) => useCase(req, (tx, actor) => syncParticipants(tx, actor, req.params.id)),
  );

  app.post(
    '/participants/:id/exclude',
    {
      config: { permission: 'campaign.write' },
      schema: {
        tags,
        summary: '排除参与人员（立案未结案）',
        params: participantIdParams,
        body: excludeBody,
        response: { 200: participantView },
      },
    },
    async (req) => useCase(req, (tx, actor) => excludeParticipant(tx, actor, req.params.id, req.body)),
  );

  app.post(
    '/participants/:id/reinstate',
    {
      config: { permission: 'campaign.write' },
      schema: {
        tags,
        summary: '恢复参与人员',
        params: participantIdParams,
        body: reinstateBody,
        response: { 200: participantView },
      },
    },
    async (req) =>
      useCase(req, (tx, actor) => reinstateParticipant(tx, actor, req.params.id, req.body.reason)),
  );
}
