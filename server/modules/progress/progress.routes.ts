import { badRequest, notFound } from '../../core/errors.ts';
import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { publicUseCase, useCase } from '../../http/use-case.ts';
import { describeIssue } from '../../http/validation.ts';
import { documentsField, photosField, readUploads, registerUploads } from '../files/uploads.ts';
import {
  campaignParams,
  fieldLabels,
  idParams,
  importResult,
  listQuery,
  pledgeProgressView,
  progressListView,
  publicPledgeProgress as publicPledgeProgressSchema,
  reportFields,
} from './progress.schema.ts';
import { addReport } from './progress.service.ts';
import { importProgress, progressTemplateRows } from './progress-import.ts';
import { publicPledgeProgress } from './progress-public.ts';
import { pledgeProgress, progressList } from './progress-views.ts';
import { buildProgressWorkbook, XLSX_TYPE } from './progress-workbook.ts';

const tags = ['progress'];

/** A multipart form's text fields through the report schema: a refusal names the field like any 400. */
function reportBody(fields: Record<string, string>) {
  for (const [name, value] of Object.entries(fields)) {
    if (value.includes('\u0000'))
      throw badRequest(name, `“${fieldLabels[name] ?? name}”中有无法识别的字符，请删除后重新输入`);
  }
  const parsed = reportFields.safeParse(fields);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const { field, message } = describeIssue(
    { path: issue.path, message: issue.message, code: issue.code },
    'body',
    fieldLabels,
  );
  throw badRequest(field, message);
}
const IMPORT_LIMIT = 8 * 1024 * 1024;
const TEMPLATE_NAME = encodeURIComponent('践诺进展更新表.xlsx');

export async function progressRoutes(app: App) {
  const db = () => app.database.db;
  await registerUploads(app);
  app.addContentTypeParser(
    [XLSX_TYPE, 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: IMPORT_LIMIT },
    (_req, body, done) => done(null, body),
  );

  app.get(
    '/progress/campaigns/:id/pledges',
    {
      config: { permission: 'progress.read' },
      schema: {
        tags,
        summary: '已批准的承诺事项及其最新进展（按村代码排序）',
        params: campaignParams,
        querystring: listQuery,
        response: { 200: progressListView },
      },
    },
    async (req) => progressList(db(), actorOf(req), req.params.id, req.query.villageId),
  );

  app.get(
    '/progress/pledges/:id',
    {
      config: { permission: 'progress.read' },
      schema: {
        tags,
        summary: '某承诺事项的践诺进展（时间线、照片、附件）',
        params: idParams,
        response: { 200: pledgeProgressView },
      },
    },
    async (req) => pledgeProgress(db(), actorOf(req), req.params.id),
  );

  app.post(
    '/progress/pledges/:id/reports',
    {
      config: { permission: 'progress.write' },
      schema: {
        tags,
        summary:
          '填报践诺进展（表单：status、percent、reportDate、note、internalNote，照片 photos，附件 documents）',
        params: idParams,
        response: { 201: pledgeProgressView },
      },
    },
    async (req, reply) => {
      // The files are read and converted before the transaction opens (see readUploads).
      const form = await readUploads(req, [photosField(6), documentsField(3)]);
      const body = reportBody(form.fields);
      const view = await useCase(req, async (tx, actor) => {
        await addReport(tx, actor, req.params.id, body, form.files);
        return pledgeProgress(tx, actor, req.params.id);
      });
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/progress/campaigns/:id/template.xlsx',
    {
      config: { permission: 'progress.import' },
      schema: { tags, summary: '下载践诺进展更新表（已填好本乡镇已批准的承诺事项）', params: campaignParams },
    },
    async (req, reply) => {
      const bytes = await buildProgressWorkbook(
        await progressTemplateRows(db(), actorOf(req), req.params.id),
      );
      return reply
        .header('content-type', XLSX_TYPE)
        .header(
          'content-disposition',
          `attachment; filename="progress.xlsx"; filename*=UTF-8''${TEMPLATE_NAME}`,
        )
        .send(bytes);
    },
  );

  app.post(
    '/progress/campaigns/:id/import',
    {
      config: { permission: 'progress.import' },
      schema: {
        tags,
        summary: '用进展表批量更新践诺进展（请求体为 .xlsx 文件内容；任一行有误则全部不保存）',
        params: campaignParams,
        response: { 200: importResult },
      },
    },
    async (req) => {
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
        throw badRequest('file', '请上传 .xlsx 格式的进展表');
      }
      const bytes = req.body;
      return useCase(req, (tx, actor) => importProgress(tx, actor, req.params.id, bytes));
    },
  );

  app.get(
    '/public/progress/pledges/:id',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: '承诺事项的公开践诺进展（不含内部说明；照片不含拍摄信息）',
        params: idParams,
        response: { 200: publicPledgeProgressSchema },
      },
    },
    async (req) =>
      publicUseCase(req, async (tx) => {
        const found = await publicPledgeProgress(tx, req.params.id);
        if (!found) throw notFound('承诺事项');
        return found;
      }),
  );
}
