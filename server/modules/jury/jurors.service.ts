import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest, conflict, notFound } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import {
  jurors,
  jurorTies,
  juryMeetings,
  persons,
  users,
  userVillages,
  villages,
} from '../../db/schema/index.ts';
import {
  JUROR_CATEGORY_LABELS,
  TIE_SOURCE_LABELS,
  type TieSource,
} from '../../domain/evaluation/jury-categories.ts';
import { createAccount, type PreparedPassword } from '../accounts/accounts.service.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { createSession } from '../auth/session.service.ts';
import type { JurorBody } from './jury.schema.ts';
import { aliasOf } from './jury-panels.ts';
import { meetingFor, meetingView } from './meetings.service.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

type JurorRow = typeof jurors.$inferSelect;

const auditJuror = (tx: Tx, actor: Actor, juror: JurorRow, action: string, before: unknown, after: unknown) =>
  appendAudit(tx, asAuditActor(actor), {
    action,
    entity: 'juror',
    entityId: juror.id,
    countyId: juror.countyId,
    townshipId: juror.townshipId,
    before,
    after,
  });

/** The active juror account of a person, if they have one. */
async function jurorAccountOf(db: Queryable, personId: string) {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.personId, personId), eq(users.role, 'juror'), eq(users.disabled, false)));
  return user?.id ?? null;
}

/** Ties a juror brings by who they are: a village representative's own village, a contact cadre's 联系村. */
async function automaticTies(db: Queryable, person: typeof persons.$inferSelect, body: JurorBody) {
  const ties: { villageId: string; source: TieSource }[] = [];
  if (body.category === 'village_representative')
    ties.push({ villageId: person.villageId, source: 'own_village' });
  const contacts = await db
    .selectDistinct({ villageId: userVillages.villageId })
    .from(userVillages)
    .innerJoin(users, eq(users.id, userVillages.userId))
    .where(and(eq(users.personId, person.id), eq(users.role, 'township_leader')));
  for (const c of contacts)
    if (!ties.some((t) => t.villageId === c.villageId))
      ties.push({ villageId: c.villageId, source: 'contact' });
  return ties;
}

/** Adds a roster person of the township to the jury; their juror account, if any, is the one they score with. */
export async function addJuror(tx: Tx, actor: Actor, meetingId: string, body: JurorBody) {
  const { ctx } = await meetingFor(tx, actor, meetingId, 'add_juror');
  const person = await findInScope(tx, persons, actor.scope, body.personId, '人员');
  if (person.townshipId !== ctx.meeting.townshipId)
    throw badRequest('personId', '“人员”：不是本乡名册中的人员');
  const [twice] = await tx
    .select({ id: jurors.id })
    .from(jurors)
    .where(and(eq(jurors.meetingId, meetingId), eq(jurors.personId, person.id)));
  if (twice) throw conflict('JUROR_EXISTS', `“${person.name}”已是本次述职会的评委`, 'personId');
  const [row] = await tx
    .insert(jurors)
    .values({
      countyId: ctx.meeting.countyId,
      townshipId: ctx.meeting.townshipId,
      meetingId,
      personId: person.id,
      category: body.category,
      userId: await jurorAccountOf(tx, person.id),
    })
    .returning();
  const ties = await automaticTies(tx, person, body);
  if (ties.length) {
    await tx.insert(jurorTies).values(
      ties.map((t) => ({
        ...t,
        countyId: row!.countyId,
        townshipId: row!.townshipId,
        meetingId,
        jurorId: row!.id,
      })),
    );
  }
  await auditJuror(tx, actor, row!, 'juror.add', null, { ...row, ties });
  return meetingView(tx, actor, meetingId);
}

async function jurorOfMeeting(tx: Tx, actor: Actor, jurorId: string) {
  const juror = await findInScope(tx, jurors, actor.scope, jurorId, '评委', { lock: true });
  return juror;
}

export async function removeJuror(tx: Tx, actor: Actor, jurorId: string) {
  const juror = await jurorOfMeeting(tx, actor, jurorId);
  await meetingFor(tx, actor, juror.meetingId, 'remove_juror');
  await tx.delete(jurorTies).where(eq(jurorTies.jurorId, jurorId));
  await tx.delete(jurors).where(eq(jurors.id, jurorId));
  await auditJuror(tx, actor, juror, 'juror.remove', juror, null);
  return meetingView(tx, actor, juror.meetingId);
}

/** The office's list of a juror's ties (the automatic ones and declared ones are kept as they are). */
export async function setTies(tx: Tx, actor: Actor, jurorId: string, villageIds: string[]) {
  const juror = await jurorOfMeeting(tx, actor, jurorId);
  await meetingFor(tx, actor, juror.meetingId, 'set_ties');
  const wanted = [...new Set(villageIds)];
  if (wanted.length) {
    const found = await tx
      .select({ id: villages.id })
      .from(villages)
      .where(and(inArray(villages.id, wanted), eq(villages.townshipId, juror.townshipId)));
    if (found.length !== wanted.length) throw badRequest('villageIds', '“关联的村”：有的村不在本乡');
  }
  const before = await tx.select().from(jurorTies).where(eq(jurorTies.jurorId, jurorId));
  await tx.delete(jurorTies).where(and(eq(jurorTies.jurorId, jurorId), eq(jurorTies.source, 'office')));
  const kept = new Set(before.filter((t) => t.source !== 'office').map((t) => t.villageId));
  const added = wanted.filter((v) => !kept.has(v));
  if (added.length) {
    await tx.insert(jurorTies).values(
      added.map((villageId) => ({
        countyId: juror.countyId,
        townshipId: juror.townshipId,
        meetingId: juror.meetingId,
        jurorId,
        villageId,
        source: 'office' as const,
      })),
    );
  }
  await auditJuror(
    tx,
    actor,
    juror,
    'juror.ties',
    before.map((t) => t.villageId),
    [...kept, ...added],
  );
  return meetingView(tx, actor, juror.meetingId);
}

const SIGN_IN_LABELS = {
  account: '评委账号',
  slip: '签到码（未使用）',
  slip_used: '签到码（已签到）',
  slip_void: '签到码已作废',
  none: '未发账号或签到码',
} as const;

export async function presentJurors(db: Queryable, meetingId: string) {
  const rows = await db
    .select({
      juror: jurors,
      name: persons.name,
      villageName: villages.name,
      username: users.username,
      passwordHash: users.passwordHash,
    })
    .from(jurors)
    .innerJoin(persons, eq(persons.id, jurors.personId))
    .innerJoin(villages, eq(villages.id, persons.villageId))
    .leftJoin(users, eq(users.id, jurors.userId))
    .where(eq(jurors.meetingId, meetingId))
    .orderBy(asc(jurors.createdAt));
  const ties = await db
    .select({ tie: jurorTies, villageName: villages.name })
    .from(jurorTies)
    .innerJoin(villages, eq(villages.id, jurorTies.villageId))
    .where(eq(jurorTies.meetingId, meetingId))
    .orderBy(asc(villages.code));
  return rows.map((r) => {
    const slipAccount = r.passwordHash === QR_ONLY_PASSWORD;
    const signIn: keyof typeof SIGN_IN_LABELS = !r.username
      ? 'none'
      : !slipAccount
        ? 'account'
        : r.juror.codeUsedAt
          ? 'slip_used'
          : r.juror.signInCodeHash
            ? 'slip'
            : 'slip_void';
    return {
      id: r.juror.id,
      personId: r.juror.personId,
      name: r.name,
      villageName: r.villageName,
      category: r.juror.category,
      categoryLabel: JUROR_CATEGORY_LABELS[r.juror.category],
      alias: aliasOf(r.juror),
      username: slipAccount ? null : r.username,
      signIn,
      signInLabel: SIGN_IN_LABELS[signIn],
      ties: ties
        .filter((t) => t.tie.jurorId === r.juror.id)
        .map((t) => ({
          villageId: t.tie.villageId,
          villageName: t.villageName,
          source: t.tie.source,
          sourceLabel: TIE_SOURCE_LABELS[t.tie.source],
        })),
    };
  });
}

/**
 * The password "hash" of an account opened for a QR slip: not an argon2 hash, so no password ever
 * matches it (verifyPassword is false); the account signs in only with its slip's one-time code.
 */
export const QR_ONLY_PASSWORD = '!jury-sign-in-slip-only';

async function slipAccountFor(tx: Tx, juror: JurorRow, name: string) {
  if (juror.userId) return juror.userId;
  let username = '';
  for (;;) {
    username = `pwqr${randomBytes(3).toString('hex')}`;
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
    if (!taken) break;
  }
  const [user] = await tx
    .insert(users)
    .values({
      countyId: juror.countyId,
      townshipId: juror.townshipId,
      personId: juror.personId,
      username,
      displayName: `${name}（评委）`,
      role: 'juror',
      passwordHash: QR_ONLY_PASSWORD,
    })
    .returning();
  await tx.update(jurors).set({ userId: user!.id }).where(eq(jurors.id, juror.id));
  return user!.id;
}

/**
 * QR sign-in slips for jurors without a juror account: a new one-time code each (any earlier code
 * of theirs stops working); only its SHA-256 is kept. Jurors with their own account keep it.
 */
export async function issueSlips(tx: Tx, actor: Actor, meetingId: string, jurorIds: string[]) {
  const { ctx } = await meetingFor(tx, actor, meetingId, 'issue_slip');
  const rows = await tx
    .select({ juror: jurors, name: persons.name, passwordHash: users.passwordHash })
    .from(jurors)
    .innerJoin(persons, eq(persons.id, jurors.personId))
    .leftJoin(users, eq(users.id, jurors.userId))
    .where(and(eq(jurors.meetingId, meetingId), inArray(jurors.id, [...new Set(jurorIds)])));
  if (rows.length !== new Set(jurorIds).size)
    throw badRequest('jurorIds', '“评委”：有的评委不属于本次述职会');
  const withAccount = rows.find((r) => r.passwordHash && r.passwordHash !== QR_ONLY_PASSWORD);
  if (withAccount) {
    throw conflict('HAS_ACCOUNT', `“${withAccount.name}”有评委账号，请用账号登录，不发签到码`, 'jurorIds');
  }
  const slips = [];
  for (const r of rows) {
    await slipAccountFor(tx, r.juror, r.name);
    const code = randomBytes(18).toString('base64url');
    await tx
      .update(jurors)
      .set({ signInCodeHash: sha256(code), codeIssuedAt: new Date(), codeUsedAt: null })
      .where(eq(jurors.id, r.juror.id));
    await auditJuror(tx, actor, r.juror, 'juror.slip', null, { codeIssued: true });
    slips.push({
      jurorId: r.juror.id,
      name: r.name,
      categoryLabel: JUROR_CATEGORY_LABELS[r.juror.category],
      code,
    });
  }
  const view = await meetingView(tx, actor, meetingId);
  return { meetingTitle: ctx.title, heldAtText: view.heldAtText, place: view.place, slips };
}

/** A juror account (login and first password on an account slip) for a juror who has none. */
export async function openJurorAccount(tx: Tx, actor: Actor, jurorId: string, password: PreparedPassword) {
  const juror = await jurorOfMeeting(tx, actor, jurorId);
  await meetingFor(tx, actor, juror.meetingId, 'issue_slip');
  if (juror.userId) throw conflict('HAS_ACCOUNT', '该评委已有账号或签到码', 'jurorId');
  const slip = await createAccount(tx, actor, { role: 'juror', personId: juror.personId }, password);
  await tx.update(jurors).set({ userId: slip.account.id }).where(eq(jurors.id, jurorId));
  await auditJuror(tx, actor, juror, 'juror.account', { userId: null }, { userId: slip.account.id });
  const [person] = await tx
    .select({ name: persons.name })
    .from(persons)
    .where(eq(persons.id, juror.personId));
  return { username: slip.account.username, firstPassword: slip.firstPassword, name: person!.name };
}

/**
 * Signs in with a QR slip's code: once, while its meeting is not finished; opens a session of the
 * juror's slip account (bound to this juror of this meeting).
 */
export async function signInWithSlip(tx: Tx, code: string) {
  const [row] = await tx
    .select({ juror: jurors, meeting: juryMeetings, user: users })
    .from(jurors)
    .innerJoin(juryMeetings, eq(juryMeetings.id, jurors.meetingId))
    .innerJoin(users, eq(users.id, jurors.userId))
    .where(and(eq(jurors.signInCodeHash, sha256(code)), isNotNull(jurors.userId)))
    .for('update', { of: jurors });
  if (!row || row.meeting.status === 'finished' || row.user.disabled) {
    throw notFound('签到码（可能已使用、已作废或述职会已结束）');
  }
  await tx
    .update(jurors)
    .set({ signInCodeHash: null, codeUsedAt: new Date() })
    .where(eq(jurors.id, row.juror.id));
  const session = await createSession(tx, row.user);
  await appendAudit(
    tx,
    { id: row.user.id, name: row.user.displayName },
    {
      action: 'juror.sign_in',
      entity: 'juror',
      entityId: row.juror.id,
      countyId: row.juror.countyId,
      townshipId: row.juror.townshipId,
    },
  );
  return session;
}

/** Roster people of the township who could sit on the jury (for the office's picker). */
export async function jurorCandidates(db: Queryable, actor: Actor, meetingId: string) {
  const { meeting } = {
    meeting: await findInScope(db, juryMeetings, actor.scope, meetingId, '乡集中述职会'),
  };
  const rows = await db
    .select({ personId: persons.id, name: persons.name, villageName: villages.name })
    .from(persons)
    .innerJoin(villages, eq(villages.id, persons.villageId))
    .where(eq(persons.townshipId, meeting.townshipId))
    .orderBy(asc(villages.code), asc(persons.name));
  const accounts = await db
    .select({ personId: users.personId })
    .from(users)
    .where(and(eq(users.townshipId, meeting.townshipId), eq(users.role, 'juror'), eq(users.disabled, false)));
  const has = new Set(accounts.map((a) => a.personId));
  return rows.map((r) => ({ ...r, hasJurorAccount: has.has(r.personId) }));
}
