import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { useCase } from '../../http/use-case.ts';
import { issueNotice, saveNotice } from './commendation.service.ts';
import { commendationView } from './commendation-view.ts';
import { campaignParams, issueBody, noticeBody, commendationView as view } from './rewards.schema.ts';
import { noticeFile } from './rewards-documents.ts';
import { sendFile } from './rewards-files.ts';
import { rewardsYear } from './rewards-year.ts';

const tags = ['rewards'];
const read = { config: { permission: 'sanctions.read' as const } };
const manage = { config: { permission: 'sanctions.manage' as const } };

/** 评选表彰: the 优秀 list and the notice (edit, issue = publish on the boards, .docx). */
export async function commendationRoutes(app: App) {
  const db = () => app.database.db;

  app.get(
    '/campaigns/:campaignId/commendation',
    {
      ...read,
      schema: {
        tags,
        summary: '本年度评选表彰：优秀村干部名单和表彰决定',
        params: campaignParams,
        response: { 200: view },
      },
    },
    async (req) => commendationView(db(), await rewardsYear(db(), actorOf(req), req.params.campaignId)),
  );

  app.put(
    '/campaigns/:campaignId/commendation',
    {
      ...manage,
      schema: {
        tags,
        summary: '修改表彰决定的文字（印发前）',
        params: campaignParams,
        body: noticeBody,
        response: { 200: view },
      },
    },
    async (req) =>
      useCase(req, async (tx, actor) =>
        commendationView(tx, await saveNotice(tx, actor, req.params.campaignId, req.body)),
      ),
  );

  app.post(
    '/campaigns/:campaignId/commendation/issue',
    {
      ...manage,
      schema: {
        tags,
        summary: '印发表彰决定（在村、乡公开栏公示；印发后不能再修改）',
        params: campaignParams,
        body: issueBody,
        response: { 200: view },
      },
    },
    async (req) =>
      useCase(req, async (tx, actor) =>
        commendationView(
          tx,
          await issueNotice(tx, actor, req.params.campaignId, { startDate: req.body.startDate }),
        ),
      ),
  );

  app.get(
    '/campaigns/:campaignId/commendation.docx',
    { ...read, schema: { tags, summary: '下载表彰决定（.docx，公文格式）', params: campaignParams } },
    async (req, reply) => {
      const year = await rewardsYear(db(), actorOf(req), req.params.campaignId);
      return sendFile(reply, 'docx', await noticeFile(db(), year));
    },
  );
}
