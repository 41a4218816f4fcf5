import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { PUBLIC_ACTOR } from '../../core/actor.ts';
import { AppError, badRequest, notFound } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { letterEvents, letters, persons, positions, townships, villages } from '../../db/schema/index.ts';
import { LETTER_BOX_LABELS, LETTER_SUBJECT_LABELS, reply } from '../../domain/letters.ts';
import { localToday } from '../../domain/local-time.ts';
import { compareVillages } from '../../domain/village-order.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { townshipZone } from '../pledges/township-zone.ts';
import { publicationForObjection } from '../publications/publication-lookup.ts';
import { assertNotArchived } from './letter-archive.ts';
import { letterCodeHash } from './letter-code.ts';
import { letterDueOn } from './letter-due.ts';

const WRONG_CODE = '没有找到这封信。请核对查询码（共 12 位，如 ABCD-EFGH-JKMN）后再试';

async function byCode(db: Queryable, code: string, lock = false) {
  const hash = letterCodeHash(code);
  if (!hash) throw badRequest('code', WRONG_CODE, 'LETTER_CODE_WRONG');
  const query = db.select().from(letters).where(eq(letters.codeHash, hash));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', 'LETTER_CODE_WRONG', WRONG_CODE, 'code');
  return row;
}

async function aboutText(db: Queryable, row: typeof letters.$inferSelect) {
  const [village] = row.villageId
    ? await db.select({ name: villages.name }).from(villages).where(eq(villages.id, row.villageId))
    : [];
  const [person] = row.personId
    ? await db.select({ name: persons.name }).from(persons).where(eq(persons.id, row.personId))
    : [];
  const where = village?.name ?? '';
  if (row.subject === 'cadre') return `${where}${person?.name ?? ''}（村干部）`;
  if (row.subject === 'publication') return `${where}公示异议`;
  return `${where}${LETTER_SUBJECT_LABELS.village}`;
}

/**
 * What the writer reads with the code: the dated steps, the answer, their own reply. No name of
 * anyone in the office, no handler and no time but dates.
 */
export async function followLetter(db: Queryable, code: string) {
  const row = await byCode(db, code);
  const events = await db
    .select({ kind: letterEvents.kind, on: letterEvents.on, dueOn: letterEvents.dueOn })
    .from(letterEvents)
    .where(eq(letterEvents.letterId, row.id))
    .orderBy(asc(letterEvents.at), asc(letterEvents.on));
  return {
    status: row.status,
    boxLabel: LETTER_BOX_LABELS[row.box],
    about: await aboutText(db, row),
    content: row.content,
    receivedOn: row.receivedOn,
    dueOn: row.status === 'assigned' ? row.dueOn : null,
    answer: row.answer,
    answeredOn: row.answeredOn,
    reply: row.replyText,
    repliedOn: row.repliedOn,
    closedOn: row.closedOn,
    mayReply: reply({ status: row.status, replied: row.replied }).ok,
    events,
  };
}

/** The writer's one 不满意: back to 已转办, to the same handler, with a new due date. */
export async function replyToLetter(tx: Tx, code: string, text: string, now = new Date()) {
  const row = await byCode(tx, code, true);
  await assertNotArchived(tx, row.campaignId);
  const next = reply({ status: row.status, replied: row.replied });
  if (!next.ok) throw new AppError('conflict', next.refusal.code, next.refusal.message);
  const on = localToday(await townshipZone(tx, row.townshipId), now);
  const dueOn = await letterDueOn(tx, row.campaignId, on);
  const change = {
    status: next.state.status,
    replied: true,
    replyText: text,
    repliedOn: on,
    dueOn,
    closedOn: null,
  };
  await tx.update(letters).set(change).where(eq(letters.id, row.id));
  await tx.insert(letterEvents).values({
    countyId: row.countyId,
    townshipId: row.townshipId,
    letterId: row.id,
    kind: 'replied',
    on,
    at: now,
    dueOn,
  });
  await appendAudit(tx, PUBLIC_ACTOR, {
    action: 'letter.reply',
    entity: 'letter',
    entityId: row.id,
    countyId: row.countyId,
    townshipId: row.townshipId,
    before: { status: row.status },
    after: { status: change.status, dueOn },
  });
  return followLetter(tx, code);
}

/** The cadres of a village now (open posts), named as the public board names them. */
async function cadresOf(db: Queryable, villageIds: string[]) {
  if (villageIds.length === 0) return new Map<string, { personId: string; name: string; post: string }[]>();
  const rows = await db
    .select({
      villageId: positions.villageId,
      personId: persons.id,
      name: persons.name,
      post: positions.post,
    })
    .from(positions)
    .innerJoin(persons, eq(persons.id, positions.personId))
    .where(and(isNull(positions.endDate), inArray(positions.villageId, villageIds)));
  const byVillage = new Map<string, { personId: string; name: string; post: string }[]>();
  for (const r of rows) {
    const list = byVillage.get(r.villageId) ?? [];
    const post = r.post === 'party_secretary' ? '党支部书记' : '村委会主任';
    const same = list.find((c) => c.personId === r.personId);
    if (same) same.post = '党支部书记、村委会主任';
    else list.push({ personId: r.personId, name: r.name, post });
    byVillage.set(r.villageId, list);
  }
  return byVillage;
}

/** What the write page offers: the township's villages and their cadres, and a publication objected to. */
export async function letterBoxes(
  db: Queryable,
  query: { township?: string; village?: string; publication?: string },
  now = new Date(),
) {
  let townshipId = query.township ?? null;
  let publication = null;
  if (query.publication) {
    const p = await publicationForObjection(db, query.publication, now);
    townshipId = p.townshipId;
    publication = { id: p.id, title: p.title, villageId: p.villageId, objectionEndDate: p.objectionEndDate };
  }
  if (query.village) {
    const [v] = await db
      .select({ townshipId: villages.townshipId })
      .from(villages)
      .where(eq(villages.id, query.village));
    if (!v) throw notFound('村');
    townshipId ??= v.townshipId;
  }
  if (!townshipId) throw badRequest('township', '请从乡镇或村的公开页进入监督信箱');
  const [township] = await db.select().from(townships).where(eq(townships.id, townshipId));
  if (!township) throw notFound('乡镇');
  const list = (await db.select().from(villages).where(eq(villages.townshipId, townshipId))).sort(
    compareVillages,
  );
  const cadres = await cadresOf(
    db,
    list.map((v) => v.id),
  );
  return {
    townshipId,
    townshipName: township.name,
    villages: list.map((v) => ({ id: v.id, name: v.name, cadres: cadres.get(v.id) ?? [] })),
    publication,
    preselectedVillageId: query.village ?? publication?.villageId ?? null,
  };
}
