import type { FastifyReply } from 'fastify';
import { notFound } from '../../core/errors.ts';
import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { useCase } from '../../http/use-case.ts';
import {
  campaignParams,
  idParams,
  overviewQuery,
  overviewView,
  reportView,
  submissionView as submissionSchema,
  submitBody,
  summaryBody,
} from './county.schema.ts';
import { documentNames } from './county-documents.ts';
import { countyOverview, countyXlsx, submittedDocument } from './county-overview.service.ts';
import { countyReport, previewDocuments, saveSummary, submitToCounty } from './county-report.service.ts';

const tags = ['county'];
const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function sendFile(reply: FastifyReply, kind: 'xlsx' | 'docx', fileName: string, bytes: Buffer) {
  return reply
    .header('content-type', TYPES[kind])
    .header(
      'content-disposition',
      `attachment; filename="report.${kind}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    )
    .send(bytes);
}

/** The township's report to the county (office) and every township's submissions (county). */
export async function countyRoutes(app: App) {
  const db = () => app.database.db;

  app.get(
    '/county/reports/:campaignId',
    {
      config: { permission: 'county.report' },
      schema: {
        tags,
        summary: '上报县委组织部、县民政局：本乡考评结果、总结报告文字和上报记录',
        params: campaignParams,
        response: { 200: reportView },
      },
    },
    async (req) => countyReport(db(), actorOf(req), req.params.campaignId),
  );

  app.put(
    '/county/reports/:campaignId/summary',
    {
      config: { permission: 'county.report' },
      schema: {
        tags,
        summary: '修改总结报告的文字（开头、考评工作开展情况、下一步工作、落款）',
        params: campaignParams,
        body: summaryBody,
        response: { 200: reportView },
      },
    },
    async (req) => {
      await useCase(req, (tx, actor) => saveSummary(tx, actor, req.params.campaignId, req.body));
      return countyReport(db(), actorOf(req), req.params.campaignId);
    },
  );

  for (const kind of ['xlsx', 'docx'] as const) {
    app.get(
      `/county/reports/:campaignId/${kind === 'xlsx' ? 'results.xlsx' : 'summary.docx'}`,
      {
        config: { permission: 'county.report' },
        schema: {
          tags,
          summary: kind === 'xlsx' ? '预览考评结果汇总表（.xlsx）' : '预览考评结果报告（.docx）',
          params: campaignParams,
        },
      },
      async (req, reply) => {
        const docs = await previewDocuments(db(), actorOf(req), req.params.campaignId);
        const names = documentNames(docs.townshipName, docs.campaign.year);
        return sendFile(reply, kind, names[kind], docs[kind]);
      },
    );
  }

  app.post(
    '/county/reports/:campaignId/submissions',
    {
      config: { permission: 'county.report' },
      schema: {
        tags,
        summary: '上报考评结果汇总表和报告（再次上报为更正，须填写原因）',
        params: campaignParams,
        body: submitBody,
        response: { 201: submissionSchema },
      },
    },
    async (req, reply) => {
      const row = await useCase(req, (tx, actor) =>
        submitToCounty(tx, actor, req.params.campaignId, req.body),
      );
      const view = await countyReport(db(), actorOf(req), req.params.campaignId);
      return reply.status(201).send(view.submissions.find((s) => s.id === row.id)!);
    },
  );

  app.get(
    '/county/overview',
    {
      config: { permission: 'county.read' },
      schema: {
        tags,
        summary: '全县各乡镇上报的考评结果（并列对比）',
        querystring: overviewQuery,
        response: { 200: overviewView },
      },
    },
    async (req) => countyOverview(db(), actorOf(req), req.query.year),
  );

  app.get(
    '/county/overview.xlsx',
    {
      config: { permission: 'county.read' },
      schema: {
        tags,
        summary: '下载全县考评结果汇总（.xlsx，每乡镇一个工作表）',
        querystring: overviewQuery,
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const year = req.query.year ?? (await countyOverview(db(), actor)).year;
      if (year === null) throw notFound('考评年度');
      const file = await countyXlsx(db(), actor, year);
      return sendFile(reply, 'xlsx', file.fileName, file.bytes);
    },
  );

  for (const kind of ['xlsx', 'docx'] as const) {
    app.get(
      `/county/submissions/:id/${kind === 'xlsx' ? 'results.xlsx' : 'summary.docx'}`,
      {
        config: { permission: 'county.documents' },
        schema: {
          tags,
          summary: kind === 'xlsx' ? '下载上报的考评结果汇总表（原件）' : '下载上报的考评结果报告（原件）',
          params: idParams,
        },
      },
      async (req, reply) => {
        const file = await submittedDocument(db(), actorOf(req), req.params.id, kind);
        return sendFile(reply, kind, file.fileName, file.bytes);
      },
    );
  }
}
