import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { meetingParams, screenView } from './jury.schema.ts';
import { meetingInScope } from './jury-context.ts';
import { JuryLiveHub } from './live-hub.ts';
import { screenState } from './screen.ts';

const tags = ['jury'];
const screen = { permission: 'jury.screen' as const };

/**
 * The projector's live screen: its state as JSON, and as Server-Sent Events (a full state on
 * connect, then one after every change, from any server process; EventSource reconnects by itself).
 */
export async function liveRoutes(app: App) {
  const hub = new JuryLiveHub(app.database);
  // Streams end before the server waits for its connections to close.
  app.addHook('preClose', async () => hub.close());

  app.get(
    '/jury/meetings/:meetingId/screen',
    {
      config: screen,
      schema: {
        tags,
        summary: '述职会大屏（当前状态）',
        params: meetingParams,
        response: { 200: screenView },
      },
    },
    async (req) => {
      const meeting = await meetingInScope(app.database.db, actorOf(req), req.params.meetingId);
      return (await screenState(app.database.db, meeting.id))!;
    },
  );

  app.get(
    '/jury/meetings/:meetingId/live',
    {
      config: screen,
      schema: { tags, summary: '述职会大屏实时推送（text/event-stream，事件 state）', params: meetingParams },
    },
    async (req, reply) => {
      const meeting = await meetingInScope(app.database.db, actorOf(req), req.params.meetingId);
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      // A reconnecting EventSource waits this long after a lost connection.
      raw.write('retry: 2000\n\n');
      const stop = await hub.open(meeting.id, raw);
      req.raw.on('close', stop);
      if (req.raw.destroyed) stop();
    },
  );
}
