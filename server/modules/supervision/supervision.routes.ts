import { z } from 'zod';
import { badRequest } from '../../core/errors.ts';
import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { useCase } from '../../http/use-case.ts';
import { describeIssue } from '../../http/validation.ts';
import { preparePassword } from '../accounts/accounts.service.ts';
import { photosField, readUploads, registerUploads } from '../files/uploads.ts';
import { oversightRoutes } from './oversight.routes.ts';
import { fileReport, listReports, supervisedPledges } from './reports.service.ts';
import {
  campaignParams,
  electionBody,
  electionResult,
  fieldLabels,
  idParams,
  type ReportBody,
  reportBody,
  reportsQuery,
  reportView,
  supervisedPledge,
  supervisorView,
  villageFilter,
} from './supervision.schema.ts';
import {
  accountsWanted,
  listSupervisors,
  openSupervisorAccount,
  recordElection,
} from './supervisors.service.ts';

const tags = ['supervision'];

/** A report's text fields as sent in the form, checked like a JSON body (400 naming the field). */
function formFields(fields: Record<string, string>): ReportBody {
  const parsed = reportBody.safeParse(fields);
  if (parsed.success) return parsed.data;
  const { field, message } = describeIssue(parsed.error.issues[0]!, 'body', fieldLabels);
  throw badRequest(field, message);
}
const base = '/supervision/campaigns/:campaignId';

/** Villager supervisors: their election and accounts, the pledges they watch and their reports. */
export async function supervisionRoutes(app: App) {
  await registerUploads(app);
  app.get(
    `${base}/supervisors`,
    {
      config: { permission: 'supervision.read' },
      schema: {
        tags,
        summary: '村民监督员（当选人员、得票、任期）',
        params: campaignParams,
        querystring: villageFilter,
        response: { 200: z.array(supervisorView) },
      },
    },
    async (req) => listSupervisors(app.database.db, actorOf(req), req.params.campaignId, req.query.villageId),
  );

  app.post(
    `${base}/elections`,
    {
      config: { permission: 'supervision.manage' },
      schema: {
        tags,
        summary: '登记村民监督员选举结果（可同时开设账号）',
        params: campaignParams,
        body: electionBody,
        response: { 201: electionResult },
      },
    },
    async (req, reply) => {
      const passwords = await Promise.all(
        Array.from({ length: accountsWanted(req.body) }, () => preparePassword()),
      );
      const result = await useCase(req, (tx, actor) =>
        recordElection(tx, actor, req.params.campaignId, req.body, passwords),
      );
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/supervision/supervisors/:id/account',
    {
      config: { permission: 'supervision.manage' },
      schema: {
        tags,
        summary: '为村民监督员开设账号（打印账号单）',
        params: idParams,
        response: { 200: electionResult },
      },
    },
    async (req) => {
      const password = await preparePassword();
      return useCase(req, (tx, actor) => openSupervisorAccount(tx, actor, req.params.id, password));
    },
  );

  app.get(
    `${base}/pledges`,
    {
      config: { permission: 'supervision.read' },
      schema: {
        tags,
        summary: '可监督的承诺事项（已批准），及监督情况',
        params: campaignParams,
        querystring: villageFilter,
        response: { 200: z.array(supervisedPledge) },
      },
    },
    async (req) =>
      supervisedPledges(app.database.db, actorOf(req), req.params.campaignId, req.query.villageId),
  );

  app.post(
    '/supervision/pledges/:id/reports',
    {
      config: { permission: 'supervision.report' },
      schema: {
        tags,
        summary: '提交监督报告（表单：监督日期、看到的情况、评价，可附照片最多 6 张）',
        params: idParams,
        response: { 201: reportView },
      },
    },
    async (req, reply) => {
      // Read and convert the photos before the transaction: a slow phone upload never holds one.
      const form = await readUploads(req, [photosField(6)]);
      const body = formFields(form.fields);
      const report = await useCase(req, (tx, actor) =>
        fileReport(tx, actor, req.params.id, body, form.files),
      );
      return reply.status(201).send(report);
    },
  );

  app.get(
    `${base}/reports`,
    {
      config: { permission: 'supervision.read' },
      schema: {
        tags,
        summary: '监督报告',
        params: campaignParams,
        querystring: reportsQuery,
        response: { 200: z.array(reportView) },
      },
    },
    async (req) => listReports(app.database.db, actorOf(req), req.params.campaignId, req.query),
  );

  await oversightRoutes(app);
}
