import { and, eq } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { AppError, badRequest, conflict, tooMany } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { counties, townships, users, villages } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { clearFailures, recordFailure, waitSeconds } from './login-throttle.ts';
import { hashPassword, passwordProblems, verifyPassword } from './password.ts';
import { createSession, deleteUserSessions, type NewSession } from './session.service.ts';

/** A hash to verify against when the username is unknown, so timing does not reveal which names exist. */
let dummyHash: Promise<string> | null = null;

type User = typeof users.$inferSelect;

/**
 * The account a username and password sign in to, tried from a source address. Runs before the
 * login's use case, on the database itself: a refused attempt is counted by its own statement, which
 * must stay even though the login fails (the backoff is shared by every server process through the
 * table). A source that must wait is refused before the password is even checked.
 */
export async function checkCredentials(
  db: Queryable,
  username: string,
  password: string,
  source: string,
): Promise<User> {
  const wait = await waitSeconds(db, username, source);
  if (wait > 0) throw tooMany(`密码错误次数过多，请 ${waitText(wait)}后再试`);
  const [user] = await db.select().from(users).where(eq(users.username, username));
  dummyHash ??= hashPassword('not-a-password-0');
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !ok) {
    await recordFailure(db, username, source);
    throw new AppError('unauthenticated', 'BAD_CREDENTIALS', '用户名或密码不正确');
  }
  // Said only to whoever knows the password, so it tells a guesser nothing.
  if (user.disabled) {
    throw new AppError('forbidden', 'ACCOUNT_DISABLED', '该账号已停用，不能登录；如有疑问请联系乡考评办');
  }
  return user;
}

const waitText = (seconds: number) => (seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`);

/** Signs a checked account in: clears its failures, opens a session, records the login. */
export async function startSession(tx: Tx, user: User, source: string): Promise<NewSession> {
  await clearFailures(tx, user.username, source);
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
}

export type PasswordChange = { userId: string; oldHash: string; newHash: string };

/**
 * Checks the old password and the new one and hashes the new one: slow work (argon2) done before the
 * use case's transaction, so it holds no connection (on PGlite: blocks no other write) meanwhile.
 */
export async function preparePasswordChange(
  db: Queryable,
  actor: Actor,
  oldPassword: string,
  newPassword: string,
): Promise<PasswordChange> {
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user || !(await verifyPassword(user.passwordHash, oldPassword))) {
    throw badRequest('oldPassword', '“原密码”不正确');
  }
  if (oldPassword === newPassword) throw badRequest('newPassword', '“新密码”不能与原密码相同');
  const problems = passwordProblems(newPassword, user.username);
  if (problems.length) throw badRequest('newPassword', `“新密码”：${problems.join('；')}`);
  return { userId: user.id, oldHash: user.passwordHash, newHash: await hashPassword(newPassword) };
}

/** Stores a prepared change, unless the password changed meanwhile; ends every other session. */
export async function changePassword(tx: Tx, actor: Actor, keepToken: string, change: PasswordChange) {
  const [user] = await tx
    .update(users)
    .set({ passwordHash: change.newHash, mustChangePassword: false })
    .where(and(eq(users.id, change.userId), eq(users.passwordHash, change.oldHash)))
    .returning({ id: users.id, countyId: users.countyId, townshipId: users.townshipId });
  if (!user) throw conflict('PASSWORD_CHANGED', '密码刚被修改过，请重新输入原密码', 'oldPassword');
  await deleteUserSessions(tx, user.id, keepToken);
  await appendAudit(tx, asAuditActor(actor), {
    action: 'auth.password_change',
    entity: 'user',
    entityId: user.id,
    countyId: user.countyId,
    townshipId: user.townshipId,
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
