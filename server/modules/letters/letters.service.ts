import { and, desc, eq, inArray } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { AppError, badRequest, notFound } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { letterEvents, letters, users } from '../../db/schema/index.ts';
import { scopeWhere, tenantCols } from '../../db/scope.ts';
import { addDays, type LetterStatus } from '../../domain/letters.ts';
import { localToday } from '../../domain/local-time.ts';
import { isAllowed } from '../../domain/permissions.ts';
import { type LetterAction, letterRefusal, letterView } from '../../domain/policies/letter.ts';
import { ROLE_LABELS } from '../../domain/roles.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { townshipZone } from '../pledges/township-zone.ts';
import { assertNotArchived } from './letter-archive.ts';
import { letterCounts } from './letter-counts.ts';
import { letterDueDays, letterDueOn } from './letter-due.ts';
import { filterWhere, type LetterFilter, type LetterRow, letterFacts, letterViews } from './letter-views.ts';

const HANDLER_ROLES = ['township_office', 'township_leader'] as const;

/** The letters the actor may read, overdue first, then open, then the newest. */
export async function listLetters(
  db: Queryable,
  actor: Actor,
  filter: LetterFilter & { overdue?: boolean },
  now = new Date(),
) {
  const rows = await db
    .select()
    .from(letters)
    .where(and(scopeWhere(actor.scope, tenantCols(letters)), filterWhere(filter)))
    .orderBy(desc(letters.receivedOn), desc(letters.createdAt));
  const views = await letterViews(db, actor, rows, now);
  const rank = (v: (typeof views)[number]) =>
    'overdue' in v && v.overdue ? 0 : v.status === 'closed' ? 2 : 1;
  const sorted = views
    .filter((v) => filter.overdue === undefined || ('overdue' in v && v.overdue) === filter.overdue)
    .sort((a, b) => rank(a) - rank(b));
  const counts =
    isAllowed(actor.role, 'letter.handle') || actor.role === 'county_viewer'
      ? await letterCounts(db, actor.scope, now)
      : {
          open: views.filter((v) => v.status !== 'closed').length,
          overdue: views.filter((v) => 'overdue' in v && v.overdue).length,
        };
  return { letters: sorted, counts, mayEnterPaper: isAllowed(actor.role, 'letter.handle') };
}

/** A letter the actor may read, else 404 (a cadre does not learn an open letter about them exists). */
async function readable(db: Queryable, actor: Actor, id: string, lock = false): Promise<LetterRow> {
  const row = await findInScope(db, letters, actor.scope, id, '信件', { lock });
  if (!letterView(letterFacts(actor, row))) throw notFound('信件');
  if (lock) await assertNotArchived(db, row.campaignId);
  return row;
}

export async function letterDetail(db: Queryable, actor: Actor, id: string, now = new Date()) {
  const row = await readable(db, actor, id);
  const [view] = await letterViews(db, actor, [row], now);
  return view!;
}

function assertAction(actor: Actor, row: LetterRow, action: LetterAction) {
  const refusal = letterRefusal(letterFacts(actor, row), action);
  if (refusal) throw new AppError(refusal.kind, refusal.code, refusal.message);
}

type Change = Partial<typeof letters.$inferInsert>;

/** One step: the row updated, its dated event, its audit entry (never naming the writer). */
async function step(
  tx: Tx,
  actor: Actor,
  row: LetterRow,
  kind: 'assigned' | 'answered' | 'closed',
  change: Change & { status: LetterStatus },
  on: string,
  now: Date,
) {
  await tx.update(letters).set(change).where(eq(letters.id, row.id));
  await tx.insert(letterEvents).values({
    countyId: row.countyId,
    townshipId: row.townshipId,
    letterId: row.id,
    kind,
    on,
    at: now,
    dueOn: change.dueOn ?? null,
    handlerUnit: change.handlerUnit ?? null,
  });
  await appendAudit(tx, asAuditActor(actor), {
    action: kind === 'assigned' ? 'letter.assign' : kind === 'answered' ? 'letter.answer' : 'letter.close',
    entity: 'letter',
    entityId: row.id,
    countyId: row.countyId,
    townshipId: row.townshipId,
    before: { status: row.status },
    after: change,
  });
}

async function checkHandler(tx: Tx, row: LetterRow, userId: string) {
  const [user] = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.id, userId),
        eq(users.townshipId, row.townshipId),
        eq(users.disabled, false),
        inArray(users.role, [...HANDLER_ROLES]),
      ),
    );
  if (!user) throw badRequest('handlerUserId', '“承办人”须是本乡镇考评办或乡领导的账号');
}

const today = async (db: Queryable, row: LetterRow, now: Date) =>
  localToday(await townshipZone(db, row.townshipId), now);

export async function assignLetter(
  tx: Tx,
  actor: Actor,
  id: string,
  body: { handlerUserId?: string; handlerUnit: string; dueOn?: string },
  now = new Date(),
) {
  const row = await readable(tx, actor, id, true);
  assertAction(actor, row, 'assign');
  if (body.handlerUserId) await checkHandler(tx, row, body.handlerUserId);
  const on = await today(tx, row, now);
  const dueOn = body.dueOn ?? (await letterDueOn(tx, row.campaignId, on));
  if (dueOn < on) throw badRequest('dueOn', '“答复期限”不能早于今天');
  const change = {
    status: 'assigned' as const,
    handlerUserId: body.handlerUserId ?? null,
    handlerUnit: body.handlerUnit,
    dueOn,
  };
  await step(tx, actor, row, 'assigned', change, on, now);
  return letterDetail(tx, actor, id, now);
}

export async function answerLetter(tx: Tx, actor: Actor, id: string, answer: string, now = new Date()) {
  const row = await readable(tx, actor, id, true);
  assertAction(actor, row, 'answer');
  const on = await today(tx, row, now);
  await step(tx, actor, row, 'answered', { status: 'answered', answer, answeredOn: on }, on, now);
  return letterDetail(tx, actor, id, now);
}

export async function closeLetter(tx: Tx, actor: Actor, id: string, now = new Date()) {
  const row = await readable(tx, actor, id, true);
  assertAction(actor, row, 'close');
  const on = await today(tx, row, now);
  await step(tx, actor, row, 'closed', { status: 'closed', closedOn: on }, on, now);
  return letterDetail(tx, actor, id, now);
}

/**
 * Who the office can assign a letter to, and the due date it would get today: the answer period of
 * the letter's campaign when `letterId` names one the actor may handle, else the default.
 */
export async function handlerCandidates(db: Queryable, actor: Actor, letterId?: string, now = new Date()) {
  const townshipId = actor.scope.townshipId;
  const rows = townshipId
    ? await db
        .select({ userId: users.id, name: users.displayName, role: users.role })
        .from(users)
        .where(
          and(
            eq(users.townshipId, townshipId),
            eq(users.disabled, false),
            inArray(users.role, [...HANDLER_ROLES]),
          ),
        )
        .orderBy(users.role, users.displayName)
    : [];
  const zone = townshipId ? await townshipZone(db, townshipId) : undefined;
  const letter = letterId ? await readable(db, actor, letterId) : null;
  const dueDays = await letterDueDays(db, letter?.campaignId ?? null);
  return {
    handlers: rows.map((r) => ({ userId: r.userId, name: r.name, roleLabel: ROLE_LABELS[r.role] })),
    dueDays,
    defaultDueOn: addDays(localToday(zone, now), dueDays),
  };
}
