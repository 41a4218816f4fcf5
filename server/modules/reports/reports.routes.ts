import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { useCase } from '../../http/use-case.ts';
import { reportDocx } from './report-docx.ts';
import { reportOverview } from './report-overview.ts';
import { participantReport } from './report-views.ts';
import {
  idParams,
  overviewQuery,
  overviewView,
  reportBody,
  reportView,
  returnBody,
} from './reports.schema.ts';
import { returnReport, saveDraft, submitReport } from './reports.service.ts';

const tags = ['reports'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function reportRoutes(app: App) {
  const db = () => app.database.db;

  app.get(
    '/reports/overview',
    {
      config: { permission: 'report.read' },
      schema: {
        tags,
        summary: '述职报告提交情况（按村；乡领导只看联系村，村干部只看本人）',
        querystring: overviewQuery,
        response: { 200: overviewView },
      },
    },
    async (req) => reportOverview(db(), actorOf(req), req.query),
  );

  app.get(
    '/reports/participants/:id',
    {
      config: { permission: 'report.read' },
      schema: {
        tags,
        summary: '某承诺主体的述职报告（未开始时按承诺事项和最新进展预填）',
        params: idParams,
        response: { 200: reportView },
      },
    },
    async (req) => participantReport(db(), actorOf(req), req.params.id),
  );

  app.put(
    '/reports/participants/:id/draft',
    {
      config: { permission: 'report.write' },
      schema: {
        tags,
        summary: '保存述职报告草稿',
        params: idParams,
        body: reportBody,
        response: { 200: reportView },
      },
    },
    async (req) =>
      useCase(req, async (tx, actor) => {
        await saveDraft(tx, actor, req.params.id, req.body);
        return participantReport(tx, actor, req.params.id);
      }),
  );

  app.post(
    '/reports/participants/:id/submit',
    {
      config: { permission: 'report.write' },
      schema: {
        tags,
        summary: '提交述职报告（提交后锁定，乡考评办退回后才能修改）',
        params: idParams,
        body: reportBody,
        response: { 200: reportView },
      },
    },
    async (req) =>
      useCase(req, async (tx, actor) => {
        await submitReport(tx, actor, req.params.id, req.body);
        return participantReport(tx, actor, req.params.id);
      }),
  );

  app.post(
    '/reports/participants/:id/return',
    {
      config: { permission: 'report.return' },
      schema: {
        tags,
        summary: '退回述职报告修改（须填写原因）',
        params: idParams,
        body: returnBody,
        response: { 200: reportView },
      },
    },
    async (req) =>
      useCase(req, async (tx, actor) => {
        await returnReport(tx, actor, req.params.id, req.body.reason);
        return participantReport(tx, actor, req.params.id);
      }),
  );

  app.get(
    '/reports/participants/:id/report.docx',
    {
      config: { permission: 'report.read' },
      schema: { tags, summary: '下载述职报告（.docx，公文格式）', params: idParams },
    },
    async (req, reply) => {
      const { buffer, fileName } = await reportDocx(db(), actorOf(req), req.params.id);
      return reply
        .header('content-type', DOCX)
        .header(
          'content-disposition',
          `attachment; filename="report.docx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        )
        .send(buffer);
    },
  );
}
