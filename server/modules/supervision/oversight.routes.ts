import { z } from 'zod';
import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { useCase } from '../../http/use-case.ts';
import { followUp, listChecks, openRectifications, recordCheck } from './checks.service.ts';
import { assignContacts, listLeaders, listVisits, logVisit } from './contacts.service.ts';
import { listSessions, recordSession } from './sessions.service.ts';
import { supervisionSummary } from './summary.service.ts';
import {
  campaignParams,
  checkBody,
  checkView,
  contactsBody,
  followUpBody,
  idParams,
  leaderView,
  rectificationView,
  sessionBody,
  sessionView,
  supervisionSummary as summaryView,
  villageFilter,
  visitBody,
  visitView,
} from './supervision.schema.ts';

const tags = ['supervision'];
const base = '/supervision/campaigns/:campaignId';
const read = { permission: 'supervision.read' as const };
const manage = { permission: 'supervision.manage' as const };

/** The supervision group's checks, contact leaders and their visits, training sessions. */
export async function oversightRoutes(app: App) {
  app.get(
    base,
    {
      config: read,
      schema: {
        tags,
        summary: '监督工作概况（可登记的事项、联系村、整改数）',
        params: campaignParams,
        response: { 200: summaryView },
      },
    },
    async (req) => supervisionSummary(app.database.db, actorOf(req), req.params.campaignId),
  );

  app.get(
    `${base}/checks`,
    {
      config: read,
      schema: {
        tags,
        summary: '督察组检查记录',
        params: campaignParams,
        response: { 200: z.array(checkView) },
      },
    },
    async (req) => listChecks(app.database.db, actorOf(req), req.params.campaignId),
  );

  app.post(
    `${base}/checks`,
    {
      config: manage,
      schema: {
        tags,
        summary: '登记督察组检查',
        params: campaignParams,
        body: checkBody,
        response: { 201: checkView },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await useCase(req, (tx, actor) => recordCheck(tx, actor, req.params.campaignId, req.body))),
  );

  app.get(
    `${base}/rectifications/open`,
    {
      config: read,
      schema: {
        tags,
        summary: '未完成的整改要求（逾期在前）',
        params: campaignParams,
        response: { 200: z.array(rectificationView) },
      },
    },
    async (req) => openRectifications(app.database.db, actorOf(req), req.params.campaignId),
  );

  app.post(
    '/supervision/rectifications/:id/follow-ups',
    {
      config: { permission: 'supervision.follow_up' },
      schema: {
        tags,
        summary: '登记整改跟进（或整改完成）',
        params: idParams,
        body: followUpBody,
        response: { 200: rectificationView },
      },
    },
    async (req) => useCase(req, (tx, actor) => followUp(tx, actor, req.params.id, req.body)),
  );

  app.get(
    '/supervision/leaders',
    { config: manage, schema: { tags, summary: '乡领导及其联系村', response: { 200: z.array(leaderView) } } },
    async (req) => listLeaders(app.database.db, actorOf(req)),
  );

  app.put(
    '/supervision/leaders/:id/villages',
    {
      config: manage,
      schema: {
        tags,
        summary: '指定乡领导的联系村',
        params: idParams,
        body: contactsBody,
        response: { 200: leaderView },
      },
    },
    async (req) => useCase(req, (tx, actor) => assignContacts(tx, actor, req.params.id, req.body.villageIds)),
  );

  app.get(
    `${base}/visits`,
    {
      config: read,
      schema: {
        tags,
        summary: '联系村走访记录',
        params: campaignParams,
        querystring: villageFilter,
        response: { 200: z.array(visitView) },
      },
    },
    async (req) => listVisits(app.database.db, actorOf(req), req.params.campaignId, req.query.villageId),
  );

  app.post(
    `${base}/visits`,
    {
      config: { permission: 'supervision.visit' },
      schema: {
        tags,
        summary: '登记走访和指导',
        params: campaignParams,
        body: visitBody,
        response: { 201: visitView },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await useCase(req, (tx, actor) => logVisit(tx, actor, req.params.campaignId, req.body))),
  );

  app.get(
    `${base}/sessions`,
    {
      config: read,
      schema: {
        tags,
        summary: '宣传培训记录',
        params: campaignParams,
        response: { 200: z.array(sessionView) },
      },
    },
    async (req) => listSessions(app.database.db, actorOf(req), req.params.campaignId),
  );

  app.post(
    `${base}/sessions`,
    {
      config: manage,
      schema: {
        tags,
        summary: '登记宣传培训',
        params: campaignParams,
        body: sessionBody,
        response: { 201: sessionView },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await useCase(req, (tx, actor) => recordSession(tx, actor, req.params.campaignId, req.body))),
  );
}
