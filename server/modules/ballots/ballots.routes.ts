import type { App } from '../../http/app.ts';
import { ballotPaper, board, boardParams, castBody, lookupBody, receipt } from './ballots.schema.ts';
import { castBallot, lookupBallot, pollBoard } from './ballots.service.ts';

const tags = ['public ballots'];

/**
 * The villager's side: no login. Codes travel only in POST bodies (never in a URL, so never in a
 * request log); the QR slip carries the code in the URL fragment, which browsers do not send.
 * The cast route writes no request log line (DESIGN §2.3): each line's time would be the cast's
 * time. Only warnings and errors are logged for it, and those name no code or ballot.
 */
export async function ballotRoutes(app: App) {
  app.post(
    '/public/ballots/lookup',
    {
      config: { permission: 'public' },
      schema: { tags, summary: '用选票码打开选票', body: lookupBody, response: { 200: ballotPaper } },
    },
    async (req) => lookupBallot(app.database.db, req.body.code),
  );

  app.post(
    '/public/ballots',
    {
      logLevel: 'warn',
      config: { permission: 'public' },
      schema: { tags, summary: '投票（每个选票码只能投一次）', body: castBody, response: { 201: receipt } },
    },
    async (req, reply) => reply.status(201).send({ tracker: await castBallot(app.database, req.body) }),
  );

  app.get(
    '/public/polls/:id/board',
    {
      config: { permission: 'public' },
      schema: { tags, summary: '投票结束后公布的回执与票数', params: boardParams, response: { 200: board } },
    },
    async (req) => pollBoard(app.database.db, req.params.id),
  );
}
