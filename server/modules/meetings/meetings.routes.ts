import { z } from 'zod';
import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { useCase } from '../../http/use-case.ts';
import { hostCandidates } from './meeting-host.ts';
import {
  createMeetingBody,
  hostCandidate,
  hostCandidatesQuery,
  idParams,
  meetingDetail,
  meetingListQuery,
  meetingView,
  patchMeetingBody,
} from './meetings.schema.ts';
import {
  createMeeting,
  deleteMeeting,
  meetingDetail as detail,
  listMeetings,
  patchMeeting,
} from './meetings.service.ts';

const tags = ['meetings'];

export async function meetingRoutes(app: App) {
  app.post(
    '/meetings',
    {
      config: { permission: 'voting.write' },
      schema: { tags, summary: '登记会议', body: createMeetingBody, response: { 201: meetingView } },
    },
    async (req, reply) =>
      reply.status(201).send(await useCase(req, (tx, actor) => createMeeting(tx, actor, req.body))),
  );

  app.get(
    '/meetings',
    {
      config: { permission: 'voting.read' },
      schema: {
        tags,
        summary: '会议列表',
        querystring: meetingListQuery,
        response: { 200: z.array(meetingView) },
      },
    },
    async (req) => listMeetings(app.database.db, actorOf(req), req.query),
  );

  app.get(
    '/meetings/host-candidates',
    {
      config: { permission: 'voting.write' },
      schema: {
        tags,
        summary: '可担任会议主持人的账号（主持人确认表决结果）',
        querystring: hostCandidatesQuery,
        response: { 200: z.array(hostCandidate) },
      },
    },
    async (req) => hostCandidates(app.database.db, actorOf(req).scope, req.query.villageId),
  );

  app.get(
    '/meetings/:id',
    {
      config: { permission: 'voting.read' },
      schema: { tags, summary: '会议详情（含法定人数）', params: idParams, response: { 200: meetingDetail } },
    },
    async (req) => detail(app.database.db, actorOf(req), req.params.id),
  );

  app.patch(
    '/meetings/:id',
    {
      config: { permission: 'voting.write' },
      schema: {
        tags,
        summary: '修改会议记录（时间、地点、实到人数、主持人等；有表决确认后不能再改）',
        params: idParams,
        body: patchMeetingBody,
        response: { 200: meetingView },
      },
    },
    async (req) => useCase(req, (tx, actor) => patchMeeting(tx, actor, req.params.id, req.body)),
  );

  app.delete(
    '/meetings/:id',
    {
      config: { permission: 'voting.write' },
      schema: { tags, summary: '删除误登记的会议（仅限尚无表决的会议）', params: idParams },
    },
    async (req, reply) => {
      await useCase(req, (tx, actor) => deleteMeeting(tx, actor, req.params.id));
      return reply.status(204).send();
    },
  );
}
