import { badRequest } from '../../core/errors.ts';
import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { useCase } from '../../http/use-case.ts';
import { correctSheet, setBases, signSheet } from './pay.service.ts';
import { importBases } from './pay-import.ts';
import { payLinesNow, payView } from './pay-view.ts';
import { buildBasesTemplate } from './pay-workbook.ts';
import { basesBody, campaignParams, correctBody, payView as view } from './rewards.schema.ts';
import { paySheetFile } from './rewards-documents.ts';
import { sendFile, XLSX_CONTENT_TYPE } from './rewards-files.ts';
import { rewardsYear } from './rewards-year.ts';

const tags = ['rewards'];
const IMPORT_LIMIT = 8 * 1024 * 1024;
const read = { config: { permission: 'sanctions.read' as const } };
const manage = { config: { permission: 'sanctions.manage' as const } };

/** 绩效工资: the sheet, its base amounts (form or .xlsx), sign-off and correction, the .xlsx. */
export async function payRoutes(app: App) {
  const db = () => app.database.db;
  app.addContentTypeParser(
    [XLSX_CONTENT_TYPE, 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: IMPORT_LIMIT },
    (_req, body, done) => done(null, body),
  );

  app.get(
    '/campaigns/:campaignId/pay-sheet',
    {
      ...read,
      schema: {
        tags,
        summary: '本年度绩效工资表（基数、系数、金额、签发情况）',
        params: campaignParams,
        response: { 200: view },
      },
    },
    async (req) => payView(db(), await rewardsYear(db(), actorOf(req), req.params.campaignId)),
  );

  app.put(
    '/campaigns/:campaignId/pay-bases',
    {
      ...manage,
      schema: {
        tags,
        summary: '填写村干部的绩效工资基数（元）',
        params: campaignParams,
        body: basesBody,
        response: { 200: view },
      },
    },
    async (req) =>
      useCase(req, async (tx, actor) =>
        payView(tx, await setBases(tx, actor, req.params.campaignId, req.body)),
      ),
  );

  app.get(
    '/campaigns/:campaignId/pay-bases/template.xlsx',
    {
      ...manage,
      schema: { tags, summary: '下载绩效工资基数表（已填好本年度参加考评的村干部）', params: campaignParams },
    },
    async (req, reply) => {
      const year = await rewardsYear(db(), actorOf(req), req.params.campaignId);
      const { lines } = await payLinesNow(db(), year);
      const bytes = await buildBasesTemplate(lines);
      return sendFile(reply, 'xlsx', {
        filename: `${year.townshipName}${year.campaign.year}年度绩效工资基数表.xlsx`,
        bytes,
      });
    },
  );

  app.post(
    '/campaigns/:campaignId/pay-bases/import',
    {
      ...manage,
      schema: {
        tags,
        summary: '用基数表导入绩效工资基数（请求体为 .xlsx 文件内容；任一行有误则全部不保存）',
        params: campaignParams,
        response: { 200: view },
      },
    },
    async (req) => {
      if (!Buffer.isBuffer(req.body) || req.body.length === 0)
        throw badRequest('file', '请上传 .xlsx 格式的基数表');
      const bytes = req.body;
      return useCase(req, async (tx, actor) =>
        payView(tx, await importBases(tx, actor, req.params.campaignId, bytes)),
      );
    },
  );

  app.post(
    '/campaigns/:campaignId/pay-sheet/sign',
    {
      ...manage,
      schema: {
        tags,
        summary: '签发绩效工资表（签发后冻结）',
        params: campaignParams,
        response: { 200: view },
      },
    },
    async (req) =>
      useCase(req, async (tx, actor) => payView(tx, await signSheet(tx, actor, req.params.campaignId))),
  );

  app.post(
    '/campaigns/:campaignId/pay-sheet/correct',
    {
      ...manage,
      schema: {
        tags,
        summary: '更正已签发的绩效工资表（写明原因；改正后重新签发为新版本）',
        params: campaignParams,
        body: correctBody,
        response: { 200: view },
      },
    },
    async (req) =>
      useCase(req, async (tx, actor) =>
        payView(tx, await correctSheet(tx, actor, req.params.campaignId, req.body.reason)),
      ),
  );

  app.get(
    '/campaigns/:campaignId/pay-sheet.xlsx',
    { ...read, schema: { tags, summary: '下载本乡镇绩效工资表（.xlsx，含合计）', params: campaignParams } },
    async (req, reply) => {
      const year = await rewardsYear(db(), actorOf(req), req.params.campaignId);
      return sendFile(reply, 'xlsx', await paySheetFile(db(), year));
    },
  );
}
