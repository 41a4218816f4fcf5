import { createHash } from 'node:crypto';
import { and, eq, gte } from 'drizzle-orm';
import { type Actor, type AuditActor, asAuditActor, PUBLIC_ACTOR } from '../../core/actor.ts';
import { badRequest, conflict, forbidden, notFound } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { campaigns, letterEvents, letters, persons, positions, villages } from '../../db/schema/index.ts';
import { isInScope } from '../../db/scope.ts';
import { addDays, dedupeText, type LetterChannel } from '../../domain/letters.ts';
import { formatLocalDate, localToday } from '../../domain/local-time.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { townshipZone } from '../pledges/township-zone.ts';
import { publicationForObjection } from '../publications/publication-lookup.ts';
import { letterCodeHash, newLetterCode } from './letter-code.ts';
import type { LetterBody } from './letters.schema.ts';

/** The same words to the same township within this many days are one letter (spam, double taps). */
const DEDUPE_DAYS = 30;

type Target = {
  countyId: string;
  townshipId: string;
  villageId: string | null;
  personId: string | null;
  publicationId: string | null;
};

async function villageOf(db: Queryable, villageId: string) {
  const [village] = await db.select().from(villages).where(eq(villages.id, villageId));
  if (!village) throw notFound('村');
  return village;
}

/** The cadre written about must be a person holding a post in that village now. */
async function checkCadre(db: Queryable, villageId: string, personId: string) {
  const [row] = await db
    .select({ id: persons.id })
    .from(persons)
    .innerJoin(positions, eq(positions.personId, persons.id))
    .where(and(eq(persons.id, personId), eq(positions.villageId, villageId)));
  if (!row) throw badRequest('personId', '“村干部”不是所选村的村干部');
}

/** Where a letter goes and what it is about, checked against the rows it names. */
async function resolveTarget(db: Queryable, body: LetterBody, now: Date): Promise<Target> {
  if (body.subject === 'publication') {
    if (!body.publicationId) throw badRequest('publicationId', '请选择对哪项公示提出异议');
    const target = await publicationForObjection(db, body.publicationId, now);
    if (!target.objectionsOpen) {
      throw conflict(
        'OBJECTION_WINDOW_CLOSED',
        `“${target.title}”的异议期到${formatLocalDate(target.objectionEndDate)}为止，现在不在异议期内，不能提出异议`,
        'publicationId',
      );
    }
    if (body.box === 'village' && !target.villageId) {
      throw badRequest('box', '这项公示是全乡的，请投到乡监督信箱');
    }
    return { ...target, personId: null, publicationId: target.id };
  }
  if (!body.villageId) throw badRequest('villageId', '请选择反映的是哪个村');
  const village = await villageOf(db, body.villageId);
  if (body.subject === 'cadre') {
    if (!body.personId) throw badRequest('personId', '请选择反映的是哪位村干部');
    await checkCadre(db, village.id, body.personId);
  }
  return {
    countyId: village.countyId,
    townshipId: village.townshipId,
    villageId: village.id,
    personId: body.subject === 'cadre' ? (body.personId ?? null) : null,
    publicationId: null,
  };
}

const contentHash = (townshipId: string, content: string) =>
  createHash('sha256')
    .update(`${townshipId}\u0000${dedupeText(content)}`)
    .digest('hex');

async function refuseDuplicate(tx: Tx, townshipId: string, hash: string, today: string) {
  const [same] = await tx
    .select({ id: letters.id })
    .from(letters)
    .where(
      and(
        eq(letters.townshipId, townshipId),
        eq(letters.contentHash, hash),
        gte(letters.receivedOn, addDays(today, -DEDUPE_DAYS)),
      ),
    )
    .limit(1);
  if (same) {
    throw conflict(
      'LETTER_DUPLICATE',
      '同样内容的信已经收到了，不用再寄。请用第一次拿到的查询码查看办理情况',
      'content',
    );
  }
}

/** The township's campaign of the letter's year: its archive seal keeps the letter. */
async function campaignOfYear(db: Queryable, townshipId: string, day: string) {
  const [row] = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.townshipId, townshipId), eq(campaigns.year, Number(day.slice(0, 4)))));
  return row?.id ?? null;
}

type Arrival = { channel: LetterChannel; receivedOn?: string; by: AuditActor; now: Date };

async function storeLetter(tx: Tx, body: LetterBody, arrival: Arrival, target: Target) {
  const today = localToday(await townshipZone(tx, target.townshipId), arrival.now);
  const receivedOn = arrival.receivedOn ?? today;
  if (receivedOn > today) throw badRequest('receivedOn', '“收信日期”不能晚于今天');
  const hash = contentHash(target.townshipId, body.content);
  await refuseDuplicate(tx, target.townshipId, hash, today);
  if (!body.anonymous && !body.name) throw badRequest('name', '署名的信请填写姓名，或选择不署名');
  const code = newLetterCode();
  const [row] = await tx
    .insert(letters)
    .values({
      ...target,
      campaignId: await campaignOfYear(tx, target.townshipId, receivedOn),
      box: body.box,
      subject: body.subject,
      anonymous: body.anonymous,
      // An anonymous letter keeps nothing that names its writer, whatever the form carried.
      writerName: body.anonymous ? null : body.name || null,
      writerPhone: body.anonymous ? null : body.phone || null,
      content: body.content,
      contentHash: hash,
      channel: arrival.channel,
      receivedOn,
      codeHash: letterCodeHash(code)!,
      createdAt: arrival.now,
    })
    .returning({ id: letters.id });
  await tx.insert(letterEvents).values({
    countyId: target.countyId,
    townshipId: target.townshipId,
    letterId: row!.id,
    kind: 'received',
    on: receivedOn,
    at: arrival.now,
  });
  // Never the writer's name, phone or any detail of the sender: the audit log is read by staff.
  const after = { box: body.box, subject: body.subject, villageId: target.villageId, receivedOn };
  await appendAudit(tx, arrival.by, {
    action: arrival.channel === 'paper' ? 'letter.paper' : 'letter.receive',
    entity: 'letter',
    entityId: row!.id,
    countyId: target.countyId,
    townshipId: target.townshipId,
    after: { ...after, personId: target.personId, publicationId: target.publicationId },
  });
  return { code, receivedOn };
}

/** A villager's letter from the public page: no login; the code is returned once, never again. */
export async function submitPublicLetter(tx: Tx, body: LetterBody, now = new Date()) {
  const target = await resolveTarget(tx, body, now);
  if (body.townshipId && body.townshipId !== target.townshipId) {
    throw badRequest('villageId', '所选的村不在这个乡镇');
  }
  return storeLetter(tx, body, { channel: 'online', by: PUBLIC_ACTOR, now }, target);
}

/** A paper letter from a physical box, entered by the office with the day it was received. */
export async function enterPaperLetter(
  tx: Tx,
  actor: Actor,
  body: LetterBody & { receivedOn: string },
  now = new Date(),
) {
  const target = await resolveTarget(tx, body, now);
  if (!isInScope(actor.scope, target)) throw forbidden('这封信反映的不是本乡镇的事');
  const by = asAuditActor(actor);
  return storeLetter(tx, body, { channel: 'paper', receivedOn: body.receivedOn, by, now }, target);
}
