import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, ne } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { sessions, users } from '../../db/schema/index.ts';
import { actorOfUser } from './user-actor.ts';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export type NewSession = { token: string; csrfToken: string; expiresAt: Date };

/** Creates a session; the token goes in the cookie, only its hash in the table. */
export async function createSession(
  db: Queryable,
  user: { id: string; countyId: string },
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db
    .insert(sessions)
    .values({ tokenHash: sha256(token), countyId: user.countyId, userId: user.id, csrfToken, expiresAt });
  return { token, csrfToken, expiresAt };
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
}

/** Ends every session of a user but the one of `exceptToken` (the caller's own). */
export async function deleteUserSessions(db: Queryable, userId: string, exceptToken?: string): Promise<void> {
  const keep = exceptToken ? sha256(exceptToken) : '';
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keep)));
}

export async function purgeExpiredSessions(db: Queryable): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}

/** The actor behind a session token, or null when the token is unknown, expired or the user disabled. */
export async function loadSession(
  db: Queryable,
  token: string,
): Promise<{ actor: Actor; csrfToken: string; mustChangePassword: boolean } | null> {
  const [row] = await db
    .select({ user: users, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, sha256(token)),
        gt(sessions.expiresAt, new Date()),
        eq(users.disabled, false),
      ),
    )
    .limit(1);
  if (!row) return null;
  const { user } = row;
  return {
    csrfToken: row.csrfToken,
    mustChangePassword: user.mustChangePassword,
    actor: await actorOfUser(db, user),
  };
}
