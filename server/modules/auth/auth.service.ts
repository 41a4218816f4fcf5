import { eq } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { AppError, badRequest, tooMany } from '../../core/errors.ts';
import type { Database, Queryable } from '../../db/client.ts';
import { counties, townships, users, villages } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { clearFailures, lockedMinutes, recordFailure } from './login-throttle.ts';
import { hashPassword, passwordProblems, verifyPassword } from './password.ts';
import { createSession, deleteUserSessions, type NewSession } from './session.service.ts';

/** A hash to verify against when the username is unknown, so timing does not reveal which names exist. */
let dummyHash: Promise<string> | null = null;

export async function login(database: Database, username: string, password: string): Promise<NewSession> {
  const { db } = database;
  const locked = await lockedMinutes(db, username);
  if (locked > 0) throw tooMany(`密码错误次数过多，账号已锁定，请 ${locked} 分钟后再试`);
  const [user] = await db.select().from(users).where(eq(users.username, username));
  dummyHash ??= hashPassword('not-a-password-0');
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !ok || user.disabled) {
    await recordFailure(db, username);
    throw new AppError(
      'unauthenticated',
      'BAD_CREDENTIALS',
      user?.disabled ? '该账号已停用' : '用户名或密码不正确',
    );
  }
  await clearFailures(db, username);
  return database.transaction(async (tx) => {
    const session = await createSession(tx, user);
    await appendAudit(
      tx,
      { id: user.id, name: user.displayName },
      {
        action: 'auth.login',
        entity: 'user',
        entityId: user.id,
        countyId: user.countyId,
        townshipId: user.townshipId,
      },
    );
    return session;
  });
}

export async function changePassword(
  database: Database,
  actor: Actor,
  token: string,
  oldPassword: string,
  newPassword: string,
) {
  const [user] = await database.db.select().from(users).where(eq(users.id, actor.userId));
  if (!user || !(await verifyPassword(user.passwordHash, oldPassword))) {
    throw badRequest('oldPassword', '“原密码”不正确');
  }
  const problems = passwordProblems(newPassword, user.username);
  if (problems.length) throw badRequest('newPassword', `“新密码”：${problems.join('；')}`);
  const passwordHash = await hashPassword(newPassword);
  await database.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await deleteUserSessions(tx, user.id, token);
    await appendAudit(tx, asAuditActor(actor), {
      action: 'auth.password_change',
      entity: 'user',
      entityId: user.id,
      countyId: user.countyId,
      townshipId: user.townshipId,
    });
  });
}

/** The name of the org unit an account belongs to, for the page header. */
export async function orgNameOf(db: Queryable, actor: Actor): Promise<string> {
  const { villageId, townshipId, countyId } = actor.scope;
  if (villageId) {
    const [v] = await db
      .select({ v: villages.name, t: townships.name })
      .from(villages)
      .innerJoin(townships, eq(townships.id, villages.townshipId))
      .where(eq(villages.id, villageId));
    return v ? `${v.t}${v.v}` : '';
  }
  if (townshipId) {
    const [t] = await db.select({ n: townships.name }).from(townships).where(eq(townships.id, townshipId));
    return t?.n ?? '';
  }
  const [c] = await db.select({ n: counties.name }).from(counties).where(eq(counties.id, countyId));
  return c?.n ?? '';
}
