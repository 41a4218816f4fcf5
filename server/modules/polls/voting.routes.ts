import type { App } from '../../http/app.ts';
import { ballotRoutes } from '../ballots/ballots.routes.ts';
import { meetingRoutes } from '../meetings/meetings.routes.ts';
import { pollRoutes } from './polls.routes.ts';

/** The voting engine (issue 3): meetings, polls, and the public ballot routes. */
export async function votingRoutes(app: App) {
  await app.register(meetingRoutes);
  await app.register(pollRoutes);
  await app.register(ballotRoutes);
}
