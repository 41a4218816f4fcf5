import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { publicUseCase, useCase } from '../../http/use-case.ts';
import { followLetter, letterBoxes, replyToLetter } from './letter-follow.service.ts';
import { enterPaperLetter, submitPublicLetter } from './letter-submit.service.ts';
import {
  answerBody,
  assignBody,
  boxesQuery,
  boxesView,
  codeBody,
  followView,
  handlerCandidates as handlerCandidatesSchema,
  handlersQuery,
  idParams,
  letterBody,
  letterList,
  letterView,
  listQuery,
  paperLetterBody,
  replyBody,
  submitted,
} from './letters.schema.ts';
import {
  answerLetter,
  assignLetter,
  closeLetter,
  handlerCandidates,
  letterDetail,
  listLetters,
} from './letters.service.ts';

const tags = ['letters'];

/**
 * Limits per client address without a login (the app's shared rate-limit store, rate_limit_hits):
 * writing is rare (a villager writes one letter, perhaps two), looking up a code is a few tries; both
 * far below what a script that floods the box or guesses codes needs.
 */
export const LETTER_WRITE_LIMIT = { max: 5, timeWindow: '1 hour' } as const;
export const LETTER_FOLLOW_LIMIT = { max: 30, timeWindow: '10 minutes' } as const;

export async function letterRoutes(app: App) {
  const db = () => app.database.db;

  app.get(
    '/public/letter-boxes',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: '监督信箱写信页：可选的村和村干部',
        querystring: boxesQuery,
        response: { 200: boxesView },
      },
    },
    async (req) => letterBoxes(db(), req.query),
  );

  app.post(
    '/public/letters',
    {
      config: { permission: 'public', rateLimit: LETTER_WRITE_LIMIT },
      schema: {
        tags,
        summary: '写信（可不署名），得到查询码',
        body: letterBody,
        response: { 201: submitted },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await publicUseCase(req, (tx) => submitPublicLetter(tx, req.body))),
  );

  app.post(
    '/public/letters/follow',
    {
      config: { permission: 'public', rateLimit: LETTER_FOLLOW_LIMIT },
      schema: { tags, summary: '用查询码查看信件办理情况', body: codeBody, response: { 200: followView } },
    },
    async (req) => followLetter(db(), req.body.code),
  );

  app.post(
    '/public/letters/reply',
    {
      config: { permission: 'public', rateLimit: LETTER_FOLLOW_LIMIT },
      schema: { tags, summary: '对答复不满意，回复一次', body: replyBody, response: { 200: followView } },
    },
    async (req) => publicUseCase(req, (tx) => replyToLetter(tx, req.body.code, req.body.reply)),
  );

  app.get(
    '/letters',
    {
      config: { permission: 'letter.read' },
      schema: {
        tags,
        summary: '信件列表（超期的在前）',
        querystring: listQuery,
        response: { 200: letterList },
      },
    },
    async (req) => {
      const { overdue, ...filter } = req.query;
      return listLetters(db(), actorOf(req), {
        ...filter,
        ...(overdue === undefined ? {} : { overdue: overdue === 'true' }),
      });
    },
  );

  app.get(
    '/letters/handlers',
    {
      config: { permission: 'letter.handle' },
      schema: {
        tags,
        summary: '可转办的承办人和默认答复期限（给出信件时按其考评年度的答复期限）',
        querystring: handlersQuery,
        response: { 200: handlerCandidatesSchema },
      },
    },
    async (req) => handlerCandidates(db(), actorOf(req), req.query.letterId),
  );

  app.post(
    '/letters/paper',
    {
      config: { permission: 'letter.handle' },
      schema: { tags, summary: '登记信箱里的书面来信', body: paperLetterBody, response: { 201: submitted } },
    },
    async (req, reply) =>
      reply.status(201).send(await useCase(req, (tx, actor) => enterPaperLetter(tx, actor, req.body))),
  );

  app.get(
    '/letters/:id',
    {
      config: { permission: 'letter.read' },
      schema: { tags, summary: '一封信', params: idParams, response: { 200: letterView } },
    },
    async (req) => letterDetail(db(), actorOf(req), req.params.id),
  );

  app.post(
    '/letters/:id/assign',
    {
      config: { permission: 'letter.handle' },
      schema: {
        tags,
        summary: '转办（承办人、答复期限）',
        params: idParams,
        body: assignBody,
        response: { 200: letterView },
      },
    },
    async (req) => useCase(req, (tx, actor) => assignLetter(tx, actor, req.params.id, req.body)),
  );

  app.post(
    '/letters/:id/answer',
    {
      config: { permission: 'letter.answer' },
      schema: { tags, summary: '答复', params: idParams, body: answerBody, response: { 200: letterView } },
    },
    async (req) => useCase(req, (tx, actor) => answerLetter(tx, actor, req.params.id, req.body.answer)),
  );

  app.post(
    '/letters/:id/close',
    {
      config: { permission: 'letter.handle' },
      schema: { tags, summary: '办结', params: idParams, response: { 200: letterView } },
    },
    async (req) => useCase(req, (tx, actor) => closeLetter(tx, actor, req.params.id)),
  );
}
