import { z } from 'zod';
import type { Actor } from '../../core/actor.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import type { Permission } from '../../domain/permissions.ts';
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

type Query = z.infer<typeof villageFilter>;
type Read = (db: Queryable, actor: Actor, campaignId: string, query: Query) => Promise<unknown>;
type RecordStep<B> = (tx: Tx, actor: Actor, campaignId: string, body: B) => Promise<unknown>;

/** The supervision group's checks, contact leaders and their visits, training sessions. */
export async function oversightRoutes(app: App) {
  /** GET <base><path>: a read of one campaign's records in the caller's villages. */
  function campaignRead(path: string, summary: string, response: z.ZodType, run: Read, query = false) {
    app.get(
      `${base}${path}`,
      {
        config: read,
        schema: {
          tags,
          summary,
          params: campaignParams,
          ...(query ? { querystring: villageFilter } : {}),
          response: { 200: response },
        },
      },
      async (req) => run(app.database.db, actorOf(req), req.params.campaignId, (req.query ?? {}) as Query),
    );
  }

  /** POST <base><path>: records one thing of the campaign in one use case, answered 201 with its view. */
  function campaignRecord<B>(
    path: string,
    summary: string,
    permission: Permission,
    body: z.ZodType<B>,
    response: z.ZodType,
    run: RecordStep<B>,
  ) {
    app.post(
      `${base}${path}`,
      {
        config: { permission },
        schema: { tags, summary, params: campaignParams, body, response: { 201: response } },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await useCase(req, (tx, actor) => run(tx, actor, req.params.campaignId, req.body as B))),
    );
  }

  campaignRead('', '监督工作概况（可登记的事项、联系村、整改数）', summaryView, (db, actor, id) =>
    supervisionSummary(db, actor, id),
  );
  campaignRead('/checks', '督察组检查记录', z.array(checkView), (db, actor, id) => listChecks(db, actor, id));
  campaignRecord('/checks', '登记督察组检查', manage.permission, checkBody, checkView, recordCheck);
  campaignRead(
    '/rectifications/open',
    '未完成的整改要求（逾期在前）',
    z.array(rectificationView),
    (db, actor, id) => openRectifications(db, actor, id),
  );
  campaignRead(
    '/visits',
    '联系村走访记录',
    z.array(visitView),
    (db, actor, id, query) => listVisits(db, actor, id, query.villageId),
    true,
  );
  campaignRecord('/visits', '登记走访和指导', 'supervision.visit', visitBody, visitView, logVisit);
  campaignRead('/sessions', '宣传培训记录', z.array(sessionView), (db, actor, id) =>
    listSessions(db, actor, id),
  );
  campaignRecord('/sessions', '登记宣传培训', manage.permission, sessionBody, sessionView, recordSession);

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
}
