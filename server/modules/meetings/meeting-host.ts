import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Actor, Scope } from '../../core/actor.ts';
import { badRequest } from '../../core/errors.ts';
import type { Queryable } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { users, villages } from '../../db/schema/index.ts';
import { HOST_ROLES } from '../../domain/policies/meeting.ts';
import { ROLE_LABELS } from '../../domain/roles.ts';

type Village = { id: string; townshipId: string };

const villageColumns = { county: villages.countyId, township: villages.townshipId, village: villages.id };

/** A village inside the caller's scope, or 404. */
export const villageInScope = (db: Queryable, scope: Scope, id: string) =>
  findInScope(db, villages, scope, id, '村', { columns: villageColumns });

/**
 * Accounts that may host a meeting of the village (and so certify its votes as host): enabled
 * accounts of a host role, of the village itself or of its township.
 */
export async function hostCandidates(db: Queryable, scope: Scope, villageId: string) {
  const village = await villageInScope(db, scope, villageId);
  const rows = await db
    .select({ id: users.id, displayName: users.displayName, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.countyId, village.countyId),
        eq(users.townshipId, village.townshipId),
        or(isNull(users.villageId), eq(users.villageId, village.id)),
        inArray(users.role, [...HOST_ROLES]),
        eq(users.disabled, false),
      ),
    )
    .orderBy(asc(users.displayName));
  return rows.map((r) => ({ userId: r.id, displayName: r.displayName, roleLabel: ROLE_LABELS[r.role] }));
}

/** The host account the clerk named, when it may host a meeting of this village; else 400 on the field. */
export async function checkHostAccount(db: Queryable, actor: Actor, village: Village, userId: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.countyId, actor.scope.countyId)));
  const fits =
    user &&
    !user.disabled &&
    HOST_ROLES.includes(user.role) &&
    user.townshipId === village.townshipId &&
    (user.villageId === null || user.villageId === village.id);
  if (!fits) {
    throw badRequest('hostUserId', '“主持人账号”须为本村村干部、乡领导或乡考评办的账号');
  }
  return user;
}

/** Display names of host accounts, by id. */
export async function hostNames(db: Queryable, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}
