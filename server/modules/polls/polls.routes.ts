import { wrongPhase } from '../../core/errors.ts';
import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { publicAddress } from '../../http/public-address.ts';
import { useCase } from '../../http/use-case.ts';
import type { ModuleContext } from '../module.ts';
import { afterCertified, certifyPoll } from './poll-certify.ts';
import { issueCodes, voidCodeBatch } from './poll-codes.ts';
import { pollRecordDocx } from './poll-record.ts';
import { pollResults } from './poll-results.ts';
import { enterTally, tallyStatus } from './poll-tallies.ts';
import {
  certifyBody,
  codesBody,
  codesResponse,
  createPollBody,
  idParams,
  pollView,
  resultsView,
  tallyBody,
  tallyStatus as tallyStatusView,
  voidCodesBody,
} from './polls.schema.ts';
import { closePoll, createPoll, openPoll, pollInScope, pollView as view } from './polls.service.ts';

const tags = ['polls'];

export async function pollRoutes(app: App, context: ModuleContext) {
  const db = () => app.database.db;

  app.post(
    '/meetings/:id/polls',
    {
      config: { permission: 'voting.write' },
      schema: {
        tags,
        summary: '新建表决（草稿）',
        params: idParams,
        body: createPollBody,
        response: { 201: pollView },
      },
    },
    async (req, reply) => {
      const created = await useCase(req, async (tx, actor) =>
        view(tx, actor, await createPoll(tx, actor, req.params.id, req.body)),
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/polls/:id',
    {
      config: { permission: 'voting.read' },
      schema: {
        tags,
        summary: '表决详情（投票结束前不含任何票数）',
        params: idParams,
        response: { 200: pollView },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return view(db(), actor, await pollInScope(db(), actor.scope, req.params.id));
    },
  );

  for (const [action, run, summary] of [
    ['open', openPoll, '开始投票'],
    ['close', closePoll, '结束投票（冻结应到、实到人数）'],
  ] as const) {
    app.post(
      `/polls/:id/${action}`,
      {
        config: { permission: 'voting.write' },
        schema: { tags, summary, params: idParams, response: { 200: pollView } },
      },
      async (req) => useCase(req, async (tx, actor) => view(tx, actor, await run(tx, actor, req.params.id))),
    );
  }

  app.post(
    '/polls/:id/codes',
    {
      config: { permission: 'voting.write' },
      schema: {
        tags,
        summary: '生成一次性选票码（只返回这一次）',
        params: idParams,
        body: codesBody,
        response: { 201: codesResponse },
      },
    },
    async (req, reply) => {
      const issued = await useCase(req, (tx, actor) => issueCodes(tx, actor, req.params.id, req.body.count));
      // Where the slips' links point (VP_PUBLIC_URL), and what to tell the clerk before printing.
      const { origin, warning } = publicAddress(req);
      return reply.status(201).send({ ...issued, publicAddress: { origin, warning } });
    },
  );

  app.post(
    '/polls/:id/codes/void',
    {
      config: { permission: 'voting.write' },
      schema: {
        tags,
        summary: '作废一批选票码（整张遗失时；未用的码作废，可再生成一批）',
        params: idParams,
        body: voidCodesBody,
        response: { 200: pollView },
      },
    },
    async (req) =>
      useCase(req, async (tx, actor) =>
        view(tx, actor, await voidCodeBatch(tx, actor, req.params.id, req.body.batch, req.body.reason)),
      ),
  );

  app.post(
    '/polls/:id/tallies',
    {
      config: { permission: 'voting.write' },
      schema: {
        tags,
        summary: '录入纸质票计票结果',
        params: idParams,
        body: tallyBody,
        response: { 200: tallyStatusView },
      },
    },
    async (req) => useCase(req, (tx, actor) => enterTally(tx, actor, req.params.id, req.body)),
  );

  app.get(
    '/polls/:id/tallies/status',
    {
      config: { permission: 'voting.read' },
      schema: {
        tags,
        summary: '纸质票录入情况（不含票数）',
        params: idParams,
        response: { 200: tallyStatusView },
      },
    },
    async (req) => tallyStatus(db(), actorOf(req).scope, req.params.id),
  );

  app.post(
    '/polls/:id/certify',
    {
      // Who certifies is the poll policy's (domain/policies/poll.ts): 'voting.certify', and for a 民主测评
      // the village's 村务监督委员会主任 as host ('village_evaluation.chair_certify'), which one
      // permission here cannot say; every other role is refused there (403).
      config: { permission: 'voting.read' },
      schema: {
        tags,
        summary: '确认表决结果',
        params: idParams,
        body: certifyBody,
        response: { 200: pollView },
      },
    },
    async (req) =>
      useCase(req, async (tx, actor) => {
        const poll = await certifyPoll(tx, actor, req.params.id, req.body.as);
        if (poll.status === 'certified') await afterCertified(tx, actor, poll, context.modules);
        return view(tx, actor, poll);
      }),
  );

  app.get(
    '/polls/:id/results',
    {
      config: { permission: 'voting.read' },
      schema: { tags, summary: '表决结果（投票结束后）', params: idParams, response: { 200: resultsView } },
    },
    async (req) => {
      const poll = await pollInScope(db(), actorOf(req).scope, req.params.id);
      if (poll.status === 'draft' || poll.status === 'open') throw wrongPhase('投票结束前不公布任何票数');
      return pollResults(db(), poll);
    },
  );

  app.get(
    '/polls/:id/record.docx',
    {
      config: { permission: 'voting.read' },
      schema: { tags, summary: '导出表决结果记录（.docx）', params: idParams },
    },
    async (req, reply) => {
      const buffer = await pollRecordDocx(db(), actorOf(req).scope, req.params.id);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header(
          'content-disposition',
          `attachment; filename="record.docx"; filename*=UTF-8''${encodeURIComponent('表决结果记录.docx')}`,
        )
        .send(buffer);
    },
  );
}
