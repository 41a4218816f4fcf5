import { z } from 'zod';
import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { useCase } from '../../http/use-case.ts';
import { preparePassword } from '../accounts/accounts.service.ts';
import { decideCorrection, requestCorrection } from './corrections.service.ts';
import {
  addJuror,
  issueSlips,
  jurorCandidates,
  openJurorAccount,
  removeJuror,
  setTies,
} from './jurors.service.ts';
import {
  accountSlip,
  campaignParams,
  candidateView,
  correctionBody,
  idParams,
  jurorBody,
  jurorReportView,
  meetingBody,
  meetingOfCampaign,
  meetingParams,
  meetingView,
  monitorView,
  orderBody,
  paperBody,
  paperResult,
  personOption,
  reporterScoresView,
  slipsBody,
  slipsResult,
  tiesBody,
} from './jury.schema.ts';
import {
  campaignMeeting,
  createMeeting,
  finishMeeting,
  nextReporter,
  meetingView as readMeeting,
  reporterScores,
  startMeeting,
  updateMeeting,
} from './meetings.service.ts';
import { deviationMonitor, jurorReport } from './monitor.service.ts';
import { enterPaper } from './paper.service.ts';
import { candidatesOf, orderReporters } from './reporters.service.ts';

const tags = ['jury'];
const manage = { permission: 'jury.manage' as const };
const m = '/jury/meetings/:meetingId';

/** The office's side of the 乡集中述职: setting up, running, paper entry, corrections, monitor, report. */
export async function juryOfficeRoutes(app: App) {
  const db = () => app.database.db;

  app.get(
    '/jury/campaigns/:campaignId/meeting',
    {
      config: manage,
      schema: {
        tags,
        summary: '本年度的乡集中述职会',
        params: campaignParams,
        response: { 200: meetingOfCampaign },
      },
    },
    async (req) => campaignMeeting(db(), actorOf(req), req.params.campaignId),
  );
  app.post(
    '/jury/campaigns/:campaignId/meeting',
    {
      config: manage,
      schema: {
        tags,
        summary: '安排乡集中述职会（时间、地点）',
        params: campaignParams,
        body: meetingBody,
        response: { 201: meetingView },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await useCase(req, (tx, actor) => createMeeting(tx, actor, req.params.campaignId, req.body))),
  );
  app.get(
    m,
    {
      config: manage,
      schema: { tags, summary: '述职会控制台', params: meetingParams, response: { 200: meetingView } },
    },
    async (req) => readMeeting(db(), actorOf(req), req.params.meetingId),
  );
  app.patch(
    m,
    {
      config: manage,
      schema: {
        tags,
        summary: '修改述职会时间、地点',
        params: meetingParams,
        body: meetingBody,
        response: { 200: meetingView },
      },
    },
    async (req) => useCase(req, (tx, actor) => updateMeeting(tx, actor, req.params.meetingId, req.body)),
  );
  app.get(
    `${m}/people`,
    {
      config: manage,
      schema: {
        tags,
        summary: '可选为评委的本乡人员',
        params: meetingParams,
        response: { 200: z.array(personOption) },
      },
    },
    async (req) => jurorCandidates(db(), actorOf(req), req.params.meetingId),
  );
  app.get(
    `${m}/candidates`,
    {
      config: manage,
      schema: {
        tags,
        summary: '可参加述职的承诺主体（民主测评不合格者除外）',
        params: meetingParams,
        response: { 200: z.array(candidateView) },
      },
    },
    async (req) => candidatesOf(db(), actorOf(req), req.params.meetingId),
  );
  app.post(
    `${m}/jurors`,
    {
      config: manage,
      schema: {
        tags,
        summary: '添加评委',
        params: meetingParams,
        body: jurorBody,
        response: { 201: meetingView },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await useCase(req, (tx, actor) => addJuror(tx, actor, req.params.meetingId, req.body))),
  );
  app.delete(
    '/jury/jurors/:id',
    {
      config: manage,
      schema: { tags, summary: '移除评委', params: idParams, response: { 200: meetingView } },
    },
    async (req) => useCase(req, (tx, actor) => removeJuror(tx, actor, req.params.id)),
  );
  app.put(
    '/jury/jurors/:id/ties',
    {
      config: manage,
      schema: {
        tags,
        summary: '登记评委与村的关联（回避）',
        params: idParams,
        body: tiesBody,
        response: { 200: meetingView },
      },
    },
    async (req) => useCase(req, (tx, actor) => setTies(tx, actor, req.params.id, req.body.villageIds)),
  );
  app.post(
    '/jury/jurors/:id/account',
    {
      config: manage,
      schema: {
        tags,
        summary: '为评委开设评委账号（打印账号单）',
        params: idParams,
        response: { 200: accountSlip },
      },
    },
    async (req) => {
      const password = await preparePassword();
      return useCase(req, (tx, actor) => openJurorAccount(tx, actor, req.params.id, password));
    },
  );
  app.post(
    `${m}/slips`,
    {
      config: manage,
      schema: {
        tags,
        summary: '生成评委签到码（二维码，一次有效）',
        params: meetingParams,
        body: slipsBody,
        response: { 200: slipsResult },
      },
    },
    async (req) =>
      useCase(req, (tx, actor) => issueSlips(tx, actor, req.params.meetingId, req.body.jurorIds)),
  );
  app.put(
    `${m}/reporters`,
    {
      config: manage,
      schema: {
        tags,
        summary: '安排述职人及顺序',
        params: meetingParams,
        body: orderBody,
        response: { 200: meetingView },
      },
    },
    async (req) =>
      useCase(req, (tx, actor) => orderReporters(tx, actor, req.params.meetingId, req.body.participantIds)),
  );
  const step = (path: string, summary: string, run: typeof startMeeting) =>
    app.post(
      `${m}/${path}`,
      { config: manage, schema: { tags, summary, params: meetingParams, response: { 200: meetingView } } },
      async (req) => useCase(req, (tx, actor) => run(tx, actor, req.params.meetingId)),
    );
  step('start', '开始述职会（第一位述职人）', startMeeting);
  step('next', '下一位述职人（当前述职人评分结束）', nextReporter);
  step('finish', '结束述职会', finishMeeting);
  app.get(
    '/jury/reporters/:id/scores',
    {
      config: manage,
      schema: {
        tags,
        summary: '述职人的各评委评分（考评办更正用）',
        params: idParams,
        response: { 200: reporterScoresView },
      },
    },
    async (req) => reporterScores(db(), actorOf(req), req.params.id),
  );
  app.post(
    `${m}/paper`,
    {
      config: manage,
      schema: {
        tags,
        summary: '录入纸质评分表（两人分别录入，一致后计入）',
        params: meetingParams,
        body: paperBody,
        response: { 200: paperResult },
      },
    },
    async (req) => useCase(req, (tx, actor) => enterPaper(tx, actor, req.params.meetingId, req.body)),
  );
  app.post(
    `${m}/corrections`,
    {
      config: manage,
      schema: {
        tags,
        summary: '提出评分更正（须另一人确认）',
        params: meetingParams,
        body: correctionBody,
        response: { 201: meetingView },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await useCase(req, (tx, actor) => requestCorrection(tx, actor, req.params.meetingId, req.body)),
        ),
  );
  for (const action of ['confirm', 'cancel'] as const) {
    app.post(
      `/jury/corrections/:id/${action}`,
      {
        config: manage,
        schema: {
          tags,
          summary: action === 'confirm' ? '确认评分更正' : '撤回评分更正',
          params: idParams,
          response: { 200: meetingView },
        },
      },
      async (req) => useCase(req, (tx, actor) => decideCorrection(tx, actor, req.params.id, action)),
    );
  }
  app.get(
    `${m}/monitor`,
    {
      config: manage,
      schema: {
        tags,
        summary: '评委评分偏差监测（仅控制台）',
        params: meetingParams,
        response: { 200: monitorView },
      },
    },
    async (req) => deviationMonitor(db(), actorOf(req), req.params.meetingId),
  );
  app.get(
    `${m}/juror-report`,
    {
      config: manage,
      schema: {
        tags,
        summary: '评委评分分析（匿名，会后）',
        params: meetingParams,
        response: { 200: jurorReportView },
      },
    },
    async (req) => jurorReport(db(), actorOf(req), req.params.meetingId),
  );
}
