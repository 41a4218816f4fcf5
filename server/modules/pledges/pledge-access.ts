import { and, asc, desc, eq } from 'drizzle-orm';
import type { Scope } from '../../core/actor.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { participants, pledgeSets, pledges, polls } from '../../db/schema/index.ts';
import type { SetState } from '../../domain/pledging/workflow.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import { type PollRow, pollInScope } from '../polls/polls.service.ts';

export type ParticipantRow = typeof participants.$inferSelect;
export type SetRow = typeof pledgeSets.$inferSelect;
export type PledgeRow = typeof pledges.$inferSelect;

export const participantInScope = (db: Queryable, scope: Scope, id: string) =>
  findInScope(db, participants, scope, id, '承诺主体');

/** A pledge set in scope; with `lock` the row is locked for the transaction (one writer per set). */
export const setInScope = (db: Queryable, scope: Scope, id: string, lock = false) =>
  findInScope(db, pledgeSets, scope, id, '承诺事项清单', { lock });

export const pledgeInScope = (db: Queryable, scope: Scope, id: string) =>
  findInScope(db, pledges, scope, id, '承诺事项');

export const itemsOf = (db: Queryable, setId: string) =>
  db.select().from(pledges).where(eq(pledges.setId, setId)).orderBy(asc(pledges.position));

export const stateOf = (set: SetRow, items: PledgeRow[]): SetState => ({
  status: set.status,
  items: items.map((i) => ({ id: i.id, status: i.status })),
});

/** A set with what every rule about it reads: its campaign, its participant and its items. */
export type SetContext = {
  set: SetRow;
  campaign: CampaignRow;
  participant: ParticipantRow;
  items: PledgeRow[];
};

/** The set in scope, locked for the rest of the transaction, with its campaign, participant and items. */
export async function lockedSet(tx: Tx, scope: Scope, setId: string): Promise<SetContext> {
  const set = await setInScope(tx, scope, setId, true);
  return contextOf(tx, scope, set);
}

export async function contextOf(db: Queryable, scope: Scope, set: SetRow): Promise<SetContext> {
  const campaign = await findCampaign(db, scope, set.campaignId);
  const participant = await participantInScope(db, scope, set.participantId);
  return { set, campaign, participant, items: await itemsOf(db, set.id) };
}

/** The poll whose result counts: the set's poll, or the latest certified correction of it. */
export async function effectivePoll(db: Queryable, scope: Scope, pollId: string): Promise<PollRow> {
  let poll = await pollInScope(db, scope, pollId);
  for (;;) {
    const [correction] = await db
      .select()
      .from(polls)
      .where(and(eq(polls.correctsPollId, poll.id), eq(polls.status, 'certified')))
      .orderBy(desc(polls.certifiedAt))
      .limit(1);
    if (!correction) return poll;
    poll = correction;
  }
}
