import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import {
  letterEvents,
  letters,
  persons,
  publications,
  townships,
  users,
  villages,
} from '../../db/schema/index.ts';
import { isOverdue } from '../../domain/letters.ts';
import { localToday } from '../../domain/local-time.ts';
import { type LetterFacts, letterActions, letterView } from '../../domain/policies/letter.ts';

export type LetterRow = typeof letters.$inferSelect;

export const letterFacts = (actor: Actor, row: LetterRow): LetterFacts => ({
  actor: {
    userId: actor.userId,
    role: actor.role,
    villageId: actor.scope.villageId,
    contactVillageIds: actor.contactVillageIds,
  },
  letter: {
    status: row.status,
    replied: row.replied,
    villageId: row.villageId,
    handlerUserId: row.handlerUserId,
  },
});

const ids = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];

async function namesOf<T extends { id: string }>(
  rows: T[],
  load: (wanted: string[]) => Promise<{ id: string; name: string }[]>,
) {
  const wanted = ids(rows.map((r) => r.id));
  return new Map(wanted.length === 0 ? [] : (await load(wanted)).map((r) => [r.id, r.name]));
}

/** Names of what the letters point to, read once for a whole list. */
async function names(db: Queryable, rows: LetterRow[]) {
  const pick = (key: 'villageId' | 'personId' | 'publicationId' | 'handlerUserId' | 'townshipId') =>
    rows.map((r) => ({ id: r[key] as string }));
  // One query at a time: db may be a transaction, which runs on one connection.
  const village = await namesOf(pick('villageId'), (w) =>
    db.select({ id: villages.id, name: villages.name }).from(villages).where(inArray(villages.id, w)),
  );
  const person = await namesOf(pick('personId'), (w) =>
    db.select({ id: persons.id, name: persons.name }).from(persons).where(inArray(persons.id, w)),
  );
  const publication = await namesOf(pick('publicationId'), (w) =>
    db
      .select({ id: publications.id, name: publications.title })
      .from(publications)
      .where(inArray(publications.id, w)),
  );
  const handler = await namesOf(pick('handlerUserId'), (w) =>
    db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, w)),
  );
  const township = await namesOf(pick('townshipId'), (w) =>
    db.select({ id: townships.id, name: townships.timeZone }).from(townships).where(inArray(townships.id, w)),
  );
  return { village, person, publication, handler, zone: township };
}

async function eventsOf(db: Queryable, letterIds: string[]) {
  if (letterIds.length === 0) return new Map<string, (typeof letterEvents.$inferSelect)[]>();
  const rows = await db
    .select()
    .from(letterEvents)
    .where(inArray(letterEvents.letterId, letterIds))
    .orderBy(asc(letterEvents.at), asc(letterEvents.on));
  const byLetter = new Map<string, (typeof letterEvents.$inferSelect)[]>();
  for (const e of rows) byLetter.set(e.letterId, [...(byLetter.get(e.letterId) ?? []), e]);
  return byLetter;
}

/**
 * Letters as the actor may read them (domain/policies/letter.ts): the office's full view, the
 * leaders' and county's view without the writer, a village account's answer-only view of closed
 * letters. Letters the actor may not read are left out.
 */
export async function letterViews(db: Queryable, actor: Actor, rows: LetterRow[], now = new Date()) {
  const visible = rows.flatMap((row) => {
    const facts = letterFacts(actor, row);
    const view = letterView(facts);
    return view ? [{ row, view, actions: letterActions(facts) }] : [];
  });
  const n = await names(
    db,
    visible.map((v) => v.row),
  );
  const events = await eventsOf(
    db,
    visible.filter((v) => v.view !== 'answer_only').map((v) => v.row.id),
  );
  return visible.map(({ row, view, actions }) => {
    const common = {
      id: row.id,
      subject: row.subject,
      villageName: row.villageId ? (n.village.get(row.villageId) ?? null) : null,
      personName: row.personId ? (n.person.get(row.personId) ?? null) : null,
      answer: row.answer,
      answeredOn: row.answeredOn,
      closedOn: row.closedOn,
      allowedActions: actions,
    };
    if (view === 'answer_only') return { ...common, view, status: 'closed' as const };
    const full = view === 'full';
    const today = localToday(n.zone.get(row.townshipId) ?? undefined, now);
    return {
      ...common,
      view,
      status: row.status,
      box: row.box,
      villageId: row.villageId,
      publicationTitle: row.publicationId ? (n.publication.get(row.publicationId) ?? null) : null,
      content: row.content,
      receivedOn: row.receivedOn,
      anonymous: row.anonymous,
      writerName: full ? row.writerName : null,
      writerPhone: full ? row.writerPhone : null,
      channel: full ? row.channel : null,
      handlerUserId: row.handlerUserId,
      handlerName: row.handlerUserId ? (n.handler.get(row.handlerUserId) ?? null) : null,
      handlerUnit: row.handlerUnit,
      dueOn: row.dueOn,
      overdue: isOverdue(row.status, row.dueOn, today),
      replied: row.replied,
      reply: row.replyText,
      repliedOn: row.repliedOn,
      events: (events.get(row.id) ?? []).map((e) => ({
        kind: e.kind,
        on: e.on,
        dueOn: e.dueOn,
        handlerUnit: e.handlerUnit,
      })),
    };
  });
}

export type LetterFilter = { status?: LetterRow['status']; villageId?: string };

export function filterWhere(filter: LetterFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(letters.status, filter.status));
  if (filter.villageId) conditions.push(eq(letters.villageId, filter.villageId));
  return conditions.length > 0 ? and(...conditions) : undefined;
}
