import type { z } from 'zod';
import type { Actor } from '../../core/actor.ts';
import type { Tx } from '../../db/client.ts';
import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { publicUseCase, useCase } from '../../http/use-case.ts';
import { pledgeInScope } from './pledge-access.ts';
import { villageChecklistView } from './pledge-checklist.service.ts';
import { pledgeLetterDocx } from './pledge-letter.ts';
import { addPaperOpinion, addPublicOpinion, handleOpinion } from './pledge-opinions.service.ts';
import { overviewWorkbook, pledgingOverview } from './pledge-overview.ts';
import { applySetVote, cancelSetVote, recordCommittee, startSetVote } from './pledge-process.service.ts';
import {
  approveSet,
  overrideMinimum,
  overrideOverlap,
  returnSetToVillage,
} from './pledge-township.service.ts';
import { pledgeView, publicVillagePledges, setDetail, setView } from './pledge-views.ts';
import {
  campaignParams,
  campaignVillageParams,
  commentBody,
  committeeBody,
  handleOpinionBody,
  idParams,
  opinionBody,
  optionalCommentBody,
  overlapOverrideBody,
  pledgeBody,
  pledgePatchBody,
  pledgeView as pledgeViewSchema,
  publicOpinionBody,
  reasonBody,
  setView as setViewSchema,
  villageParams,
  voteAppliedView,
  voteBody,
  voteStartedView,
} from './pledges.schema.ts';
import { addPledge, resubmitSet, solicit, updatePledge, withdrawPledge } from './pledges.service.ts';

const tags = ['pledges'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const attachment = (ascii: string, chinese: string) =>
  `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(chinese)}`;

type SetPermission = 'pledge.write' | 'voting.write' | 'pledge.approve';

/** A step on a set: one use case, answered with the set as the caller now sees it. */
type SetStep<B> = (tx: Tx, actor: Actor, id: string, body: B) => Promise<unknown>;

export async function pledgeRoutes(app: App) {
  const db = () => app.database.db;

  app.get(
    '/pledging/participants/:id',
    {
      config: { permission: 'pledge.read' },
      schema: { tags, summary: '某村干部的承诺事项、修改和表决历史、意见建议', params: idParams },
    },
    async (req) => setDetail(db(), actorOf(req), req.params.id),
  );

  app.post(
    '/pledging/participants/:id/pledges',
    {
      config: { permission: 'pledge.write' },
      schema: {
        tags,
        summary: '新增承诺事项',
        params: idParams,
        body: pledgeBody,
        response: { 201: pledgeViewSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await useCase(req, async (tx, actor) =>
            pledgeView(tx, actor, await addPledge(tx, actor, req.params.id, req.body)),
          ),
        ),
  );

  app.patch(
    '/pledges/:id',
    {
      config: { permission: 'pledge.write' },
      schema: {
        tags,
        summary: '修改承诺事项（表决未通过的修改后须重新表决）',
        params: idParams,
        body: pledgePatchBody,
        response: { 200: pledgeViewSchema },
      },
    },
    async (req) =>
      useCase(req, async (tx, actor) =>
        pledgeView(tx, actor, await updatePledge(tx, actor, req.params.id, req.body)),
      ),
  );

  app.post(
    '/pledges/:id/withdraw',
    {
      config: { permission: 'pledge.write' },
      schema: {
        tags,
        summary: '撤回承诺事项（保留记录）',
        params: idParams,
        body: reasonBody,
        response: { 200: pledgeViewSchema },
      },
    },
    async (req) =>
      useCase(req, async (tx, actor) =>
        pledgeView(tx, actor, await withdrawPledge(tx, actor, req.params.id, req.body.reason)),
      ),
  );

  /** POST /pledge-sets/:id/<path>: runs the step and answers with the set (allowed actions included). */
  function setAction<B>(
    path: string,
    summary: string,
    permission: SetPermission,
    step: SetStep<B>,
    body?: z.ZodType<B>,
  ) {
    app.post(
      `/pledge-sets/:id/${path}`,
      {
        config: { permission },
        schema: {
          tags,
          summary,
          params: idParams,
          response: { 200: setViewSchema },
          ...(body ? { body } : {}),
        },
      },
      async (req) => {
        const id = (req.params as { id: string }).id;
        return useCase(req, async (tx, actor) => {
          await step(tx, actor, id, req.body as B);
          return setView(tx, actor, id);
        });
      },
    );
  }

  setAction('solicit', '开始征求意见（在村公开页面公布）', 'pledge.write', (tx, actor, id) =>
    solicit(tx, actor, id),
  );
  setAction(
    'resubmit',
    '事项均已确认时报乡审批（退回后未改动，或撤回了未通过的事项）',
    'pledge.write',
    (tx, actor, id) => resubmitSet(tx, actor, id),
  );
  setAction('committee', '记录两委会议对承诺事项的决定', 'voting.write', recordCommittee, committeeBody);
  setAction(
    'cancel-vote',
    '撤销无法确认的表决（如会议未达法定人数），事项待重新表决',
    'voting.write',
    (tx, actor, id, body: z.infer<typeof reasonBody>) => cancelSetVote(tx, actor, id, body.reason),
    reasonBody,
  );
  setAction(
    'approve',
    '乡党委政府批准（批准后锁定）',
    'pledge.approve',
    (tx, actor, id, body: z.infer<typeof optionalCommentBody> | undefined) =>
      approveSet(tx, actor, id, body?.comment),
    optionalCommentBody,
  );
  setAction(
    'return',
    '乡审批退回修改（附意见）',
    'pledge.approve',
    (tx, actor, id, body: z.infer<typeof commentBody>) => returnSetToVillage(tx, actor, id, body.comment),
    commentBody,
  );
  setAction(
    'minimum-override',
    '同意承诺事项少于最低件数（须说明理由）',
    'pledge.approve',
    (tx, actor, id, body: z.infer<typeof reasonBody>) => overrideMinimum(tx, actor, id, body.reason),
    reasonBody,
  );

  app.post(
    '/pledge-sets/:id/vote',
    {
      config: { permission: 'voting.write' },
      schema: {
        tags,
        summary: '提交村民会议或党员和村民代表会议逐项表决（创建表决）',
        params: idParams,
        body: voteBody,
        response: { 200: voteStartedView },
      },
    },
    async (req) =>
      useCase(req, async (tx, actor) => {
        const { pollId } = await startSetVote(tx, actor, req.params.id, req.body);
        return { set: await setView(tx, actor, req.params.id), pollId };
      }),
  );

  app.post(
    '/pledge-sets/:id/apply-vote',
    {
      config: { permission: 'voting.write' },
      schema: {
        tags,
        summary: '将已确认的表决结果应用到各承诺事项',
        params: idParams,
        response: { 200: voteAppliedView },
      },
    },
    async (req) =>
      useCase(req, async (tx, actor) => {
        const { items } = await applySetVote(tx, actor, req.params.id);
        return { set: await setView(tx, actor, req.params.id), items };
      }),
  );

  app.post(
    '/pledge-sets/:id/opinions',
    {
      config: { permission: 'pledge.write' },
      schema: { tags, summary: '录入纸质征求意见', params: idParams, body: opinionBody },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await useCase(req, (tx, actor) => addPaperOpinion(tx, actor, req.params.id, req.body))),
  );

  app.post(
    '/pledge-opinions/:id/handle',
    {
      config: { permission: 'pledge.write' },
      schema: {
        tags,
        summary: '标明意见处理情况（采纳 / 解释说明）',
        params: idParams,
        body: handleOpinionBody,
      },
    },
    async (req) => useCase(req, (tx, actor) => handleOpinion(tx, actor, req.params.id, req.body)),
  );

  app.post(
    '/pledging/overlap-overrides',
    {
      config: { permission: 'pledge.approve' },
      schema: { tags, summary: '确认疑似交叉的两项承诺不重复（须说明理由）', body: overlapOverrideBody },
    },
    async (req, reply) =>
      reply.status(201).send(await useCase(req, (tx, actor) => overrideOverlap(tx, actor, req.body))),
  );

  app.get(
    '/campaigns/:campaignId/pledging/villages/:villageId',
    {
      config: { permission: 'pledge.read' },
      schema: { tags, summary: '本村审批前检查清单与疑似交叉事项', params: campaignVillageParams },
    },
    async (req) => villageChecklistView(db(), actorOf(req), req.params.campaignId, req.params.villageId),
  );

  app.get(
    '/campaigns/:campaignId/pledging/overview',
    {
      config: { permission: 'pledge.read' },
      schema: { tags, summary: '各村承诺进度（对照承诺截止日期）', params: campaignParams },
    },
    async (req) => pledgingOverview(db(), actorOf(req), req.params.campaignId),
  );

  app.get(
    '/campaigns/:campaignId/pledging/overview.xlsx',
    {
      config: { permission: 'pledge.read' },
      schema: { tags, summary: '导出各村承诺进度（.xlsx）', params: campaignParams },
    },
    async (req, reply) => {
      const bytes = await overviewWorkbook(db(), actorOf(req), req.params.campaignId);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment('pledging-overview.xlsx', '承诺进度.xlsx'))
        .send(bytes);
    },
  );

  app.get(
    '/pledge-sets/:id/letter.docx',
    {
      config: { permission: 'pledge.read' },
      schema: { tags, summary: '打印承诺书（.docx，已批准的）', params: idParams },
    },
    async (req, reply) => {
      const { buffer, fileName } = await pledgeLetterDocx(db(), actorOf(req).scope, req.params.id);
      return reply
        .header('content-type', DOCX)
        .header('content-disposition', attachment('pledge-letter.docx', fileName))
        .send(buffer);
    },
  );

  app.get(
    '/pledges/:id',
    {
      config: { permission: 'pledge.read' },
      schema: { tags, summary: '承诺事项', params: idParams, response: { 200: pledgeViewSchema } },
    },
    async (req) => {
      const actor = actorOf(req);
      return pledgeView(db(), actor, await pledgeInScope(db(), actor.scope, req.params.id));
    },
  );

  app.get(
    '/public/villages/:villageId/pledges',
    {
      config: { permission: 'public' },
      schema: { tags, summary: '村公开页：征求意见中的承诺草案和已批准的承诺', params: villageParams },
    },
    async (req) => publicVillagePledges(db(), req.params.villageId),
  );

  app.post(
    '/public/villages/:villageId/opinions',
    {
      config: { permission: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: '村民对承诺草案提意见建议（可不署名）',
        params: villageParams,
        body: publicOpinionBody,
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await publicUseCase(req, (tx) => addPublicOpinion(tx, req.params.villageId, req.body))),
  );
}
