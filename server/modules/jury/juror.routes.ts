import { readConfig } from '../../config.ts';
import type { App } from '../../http/app.ts';
import { actorOf, CSRF_COOKIE, SESSION_COOKIE } from '../../http/auth.ts';
import { publicUseCase, useCase } from '../../http/use-case.ts';
import { signInWithSlip } from './jurors.service.ts';
import {
  declareTieBody,
  meetingParams,
  myMeetingView,
  okResult,
  scoreBody,
  signInBody,
  submittedScore,
} from './jury.schema.ts';
import { declareTie, myMeeting, submitScore } from './scores.service.ts';

const tags = ['jury'];
const score = { permission: 'jury.score' as const };
const cookieBase = { path: '/', sameSite: 'strict' as const, secure: readConfig().secureCookies };

/** The juror's phone: their meeting, one score per reporter, declared ties; the QR slip sign-in. */
export async function jurorRoutes(app: App) {
  app.get(
    '/jury/mine',
    {
      config: score,
      schema: { tags, summary: '评委手机：当前述职人和本人的评分', response: { 200: myMeetingView } },
    },
    async (req) => myMeeting(app.database.db, actorOf(req)),
  );
  app.post(
    '/jury/meetings/:meetingId/scores',
    {
      config: score,
      schema: {
        tags,
        summary: '为当前述职人评分（提交后不能修改）',
        params: meetingParams,
        body: scoreBody,
        response: { 201: submittedScore },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await useCase(req, (tx, actor) => submitScore(tx, actor, req.params.meetingId, req.body))),
  );
  app.post(
    '/jury/meetings/:meetingId/ties',
    {
      config: score,
      schema: {
        tags,
        summary: '申报与某村有关联（回避该村述职人）',
        params: meetingParams,
        body: declareTieBody,
        response: { 200: myMeetingView },
      },
    },
    async (req) =>
      useCase(req, (tx, actor) =>
        declareTie(tx, actor, req.params.meetingId, req.body.villageId, req.body.note),
      ),
  );
  app.post(
    '/jury/sign-in',
    {
      config: { permission: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: '评委扫签到码登录（一次有效）',
        body: signInBody,
        response: { 200: okResult },
      },
    },
    async (req, reply) => {
      const session = await publicUseCase(req, (tx) => signInWithSlip(tx, req.body.code));
      reply.setCookie(SESSION_COOKIE, session.token, {
        ...cookieBase,
        httpOnly: true,
        expires: session.expiresAt,
      });
      reply.setCookie(CSRF_COOKIE, session.csrfToken, {
        ...cookieBase,
        httpOnly: false,
        expires: session.expiresAt,
      });
      return { ok: true as const };
    },
  );
}
