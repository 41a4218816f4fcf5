import { z } from 'zod';
import { badRequest } from '../../core/errors.ts';
import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { useCase } from '../../http/use-case.ts';
import { describeIssue } from '../../http/validation.ts';
import { rosterPeople } from '../accounts/accounts.service.ts';
import { photosField, readUploads, registerUploads } from '../files/uploads.ts';
import {
  assignBody,
  campaignVillageParams,
  fieldLabels,
  idParams,
  itemFields,
  overviewView,
  photoParams,
  teamBody,
  villageView,
} from './inspection.schema.ts';
import { inspectionOverview, villageInspection } from './inspection-views.ts';
import { changeVillage, recordItem } from './items.service.ts';
import { removePhoto } from './photos.service.ts';
import { assignVillages, createTeam, deleteTeam, updateTeam } from './teams.service.ts';

const tags = ['inspection'];

/** A multipart form's text fields through the item schema: a refusal names the field like any 400. */
function itemBody(fields: Record<string, string>) {
  for (const [name, value] of Object.entries(fields)) {
    if (value.includes('\u0000'))
      throw badRequest(name, `“${fieldLabels[name] ?? name}”中有无法识别的字符，请删除后重新输入`);
  }
  const parsed = itemFields.safeParse(fields);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const { field, message } = describeIssue(
    { path: issue.path, message: issue.message, code: issue.code, keys: (issue as { keys?: string[] }).keys },
    'body',
    fieldLabels,
  );
  throw badRequest(field, message);
}

const candidatesView = z.array(
  z.object({
    personId: z.string(),
    name: z.string(),
    villageId: z.string(),
    villageName: z.string(),
    posts: z.array(z.string()),
    hasInspectorAccount: z.boolean(),
  }),
);

export async function inspectionRoutes(app: App) {
  const db = () => app.database.db;
  await registerUploads(app);

  app.get(
    '/inspection/campaigns/:id',
    {
      config: { permission: 'inspection.read' },
      schema: {
        tags,
        summary: '实地考核总览：考察组、各村分配与进度、每位村干部的考核得分及各项',
        params: idParams,
        response: { 200: overviewView },
      },
    },
    async (req) => inspectionOverview(db(), actorOf(req), req.params.id),
  );

  app.get(
    '/inspection/campaigns/:id/candidates',
    {
      config: { permission: 'inspection.manage' },
      schema: {
        tags,
        summary: '可选为考察组成员的本乡镇人员（及是否已有考察组成员账号）',
        params: idParams,
        response: { 200: candidatesView },
      },
    },
    async (req) => {
      const people = await rosterPeople(db(), actorOf(req));
      return people.map((p) => ({
        personId: p.personId,
        name: p.name,
        villageId: p.villageId,
        villageName: p.villageName,
        posts: p.posts,
        hasInspectorAccount: p.accounts.some((a) => a.role === 'inspector' && !a.disabled),
      }));
    },
  );

  app.post(
    '/inspection/campaigns/:id/teams',
    {
      config: { permission: 'inspection.manage' },
      schema: {
        tags,
        summary: '组建考察组',
        params: idParams,
        body: teamBody,
        response: { 201: overviewView },
      },
    },
    async (req, reply) => {
      const view = await useCase(req, async (tx, actor) => {
        await createTeam(tx, actor, req.params.id, req.body);
        return inspectionOverview(tx, actor, req.params.id);
      });
      return reply.status(201).send(view);
    },
  );

  app.put(
    '/inspection/teams/:id',
    {
      config: { permission: 'inspection.manage' },
      schema: { tags, summary: '修改考察组（名称、成员、组长）', params: idParams, body: teamBody },
    },
    async (req, reply) => {
      await useCase(req, (tx, actor) => updateTeam(tx, actor, req.params.id, req.body));
      return reply.status(204).send();
    },
  );

  app.delete(
    '/inspection/teams/:id',
    {
      config: { permission: 'inspection.manage' },
      schema: { tags, summary: '删除考察组', params: idParams },
    },
    async (req, reply) => {
      await useCase(req, (tx, actor) => deleteTeam(tx, actor, req.params.id));
      return reply.status(204).send();
    },
  );

  app.put(
    '/inspection/teams/:id/villages',
    {
      config: { permission: 'inspection.manage' },
      schema: {
        tags,
        summary: '为考察组分配考核村（每村只由一个组考核）',
        params: idParams,
        body: assignBody,
      },
    },
    async (req, reply) => {
      await useCase(req, (tx, actor) => assignVillages(tx, actor, req.params.id, req.body.villageIds));
      return reply.status(204).send();
    },
  );

  app.get(
    '/inspection/campaigns/:id/villages/:villageId',
    {
      config: { permission: 'inspection.read' },
      schema: {
        tags,
        summary: '某村的实地考核：逐项承诺的进展、照片、监督报告、来信及考核记录',
        params: campaignVillageParams,
        response: { 200: villageView },
      },
    },
    async (req) => villageInspection(db(), actorOf(req), req.params.id, req.params.villageId),
  );

  // Open to every inspection role: the policy lets a team member record, and the office key the
  // team's paper form (record_paper); anyone else is refused there.
  app.put(
    '/inspection/pledges/:id',
    {
      config: { permission: 'inspection.read' },
      schema: {
        tags,
        summary:
          '记录某项承诺的实地考核（考察组成员；或乡考评办据纸质考核表代录）（表单：status、progressPercent、recognition、note，照片 photos）',
        params: idParams,
        response: { 200: villageView },
      },
    },
    async (req) => {
      // The photos are read and converted before the transaction opens (see readUploads).
      const form = await readUploads(req, [photosField(6)]);
      const body = itemBody(form.fields);
      return useCase(req, async (tx, actor) => {
        const item = await recordItem(tx, actor, req.params.id, body, form.files);
        return villageInspection(tx, actor, item.campaignId, item.villageId);
      });
    },
  );

  app.delete(
    '/inspection/pledges/:id/photos/:fileId',
    {
      config: { permission: 'inspection.read' },
      schema: {
        tags,
        summary: '删除误传的考核照片（上传者本人，该村提交前；留有审计记录）',
        params: photoParams,
        response: { 200: villageView },
      },
    },
    async (req) =>
      useCase(req, async (tx, actor) => {
        const item = await removePhoto(tx, actor, req.params.id, req.params.fileId);
        return villageInspection(tx, actor, item.campaignId, item.villageId);
      }),
  );

  for (const [action, summary, permission] of [
    [
      'submit',
      '考察组组长（或全部据纸质考核表录入时由乡考评办代为）提交该村的实地考核（每项承诺都已考核）',
      'inspection.read',
    ],
    ['lock', '锁定该村的实地考核（此后不能修改）', 'inspection.manage'],
    ['unlock', '解除锁定，退回考察组修改', 'inspection.manage'],
  ] as const) {
    app.post(
      `/inspection/campaigns/:id/villages/:villageId/${action}`,
      {
        config: { permission },
        schema: { tags, summary, params: campaignVillageParams, response: { 200: villageView } },
      },
      async (req) =>
        useCase(req, async (tx, actor) => {
          await changeVillage(tx, actor, req.params.id, req.params.villageId, action);
          return villageInspection(tx, actor, req.params.id, req.params.villageId);
        }),
    );
  }
}
