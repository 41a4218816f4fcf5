import { and, asc, eq, ilike, inArray, isNull, or, type SQL } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest, conflict, forbidden } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { counties, persons, positions, townships, users, villages } from '../../db/schema/index.ts';
import { scopeWhere, tenantCols } from '../../db/scope.ts';
import {
  type AccountAction,
  accountActionRefusal,
  accountActions,
  accountRefusal,
  rolesManagedBy,
  townshipChosen,
} from '../../domain/policies/account.ts';
import { isPersonRole, ROLE_LABELS, ROLE_LEVEL, ROLES, type Role } from '../../domain/roles.ts';
import { POST_LABELS } from '../../domain/roster.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { clearAccount } from '../auth/login-throttle.ts';
import { hashPassword, passwordProblems } from '../auth/password.ts';
import { deleteUserSessions } from '../auth/session.service.ts';
import type { AccountBody, AccountItem, AccountsQuery } from './accounts.schema.ts';
import { firstPassword } from './first-password.ts';

type UserRow = typeof users.$inferSelect;
export type Slip = { account: AccountItem; firstPassword: string };
/** A first password drawn and hashed before the use case's transaction (argon2 is slow). */
export type PreparedPassword = { plain: string; hash: string };

/** Prefix of a username made for an account of the role (followed by four digits). */
const USERNAME_PREFIX: Record<Role, string> = {
  county_viewer: 'xian',
  county_admin: 'xgl',
  township_office: 'kpb',
  township_leader: 'ld',
  village_cadre: 'cg',
  village_clerk: 'jl',
  juror: 'pw',
  inspector: 'kc',
  supervisor: 'jd',
};

/** A first password for a username (never containing it), drawn and hashed. */
export async function preparePassword(username?: string): Promise<PreparedPassword> {
  let plain = firstPassword();
  while (username && passwordProblems(plain, username).length) plain = firstPassword();
  return { plain, hash: await hashPassword(plain) };
}

/** The account as the rules and the audit log see it (never its password hash). */
const audited = (u: UserRow) => ({
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  townshipId: u.townshipId,
  villageId: u.villageId,
  personId: u.personId,
  disabled: u.disabled,
  mustChangePassword: u.mustChangePassword,
});

/** Where the new account belongs and whom it speaks for, from the roster (never wider than the caller). */
async function resolveAccount(tx: Tx, actor: Actor, body: AccountBody) {
  const { role } = body;
  if (!rolesManagedBy(actor).includes(role))
    return { refusal: accountRefusal(actor, { role, ...actor.scope }) };
  if (isPersonRole(role)) {
    if (!body.personId) throw badRequest('personId', '“人员”：请选择此账号所属的人员');
    const person = await findInScope(tx, persons, actor.scope, body.personId, '人员');
    if (body.townshipId && body.townshipId !== person.townshipId) {
      throw badRequest('townshipId', '“乡镇”：与所选人员所在乡镇不符');
    }
    const [village] = await tx.select().from(villages).where(eq(villages.id, person.villageId));
    const atVillage = ROLE_LEVEL[role] === 'village';
    const label = atVillage ? `${village?.name ?? ''}${ROLE_LABELS[role]}` : ROLE_LABELS[role];
    return {
      facts: {
        role,
        countyId: person.countyId,
        townshipId: person.townshipId,
        villageId: atVillage ? person.villageId : null,
      },
      person,
      displayName: body.displayName ?? `${person.name}（${label}）`,
    };
  }
  if (body.personId) throw badRequest('personId', `“人员”：“${ROLE_LABELS[role]}”账号不属于个人，不选人员`);
  let townshipId: string | null = null;
  if (body.townshipId) {
    const township = await findInScope(tx, townships, actor.scope, body.townshipId, '乡镇', {
      columns: { county: townships.countyId, township: townships.id },
    });
    townshipId = township.id;
  } else if (townshipChosen(role)) {
    throw badRequest('townshipId', '“乡镇”：请选择乡镇');
  }
  if (!body.displayName) throw badRequest('displayName', '“姓名（显示名）”：必须填写');
  return {
    facts: { role, countyId: actor.scope.countyId, townshipId, villageId: null },
    person: null,
    displayName: body.displayName,
  };
}

async function usernameTaken(tx: Queryable, username: string): Promise<boolean> {
  const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
  return Boolean(row);
}

async function freeUsername(tx: Tx, role: Role): Promise<string> {
  for (;;) {
    const candidate = `${USERNAME_PREFIX[role]}${1000 + Math.floor(Math.random() * 9000)}`;
    if (!(await usernameTaken(tx, candidate))) return candidate;
  }
}

/** Creates one account (the caller checked nothing: every rule is checked here, refusals throw). */
export async function createAccount(
  tx: Tx,
  actor: Actor,
  body: AccountBody,
  password: PreparedPassword,
): Promise<Slip> {
  const resolved = await resolveAccount(tx, actor, body);
  if ('refusal' in resolved) throw resolved.refusal ?? forbidden();
  const { facts, person, displayName } = resolved;
  const refusal = accountRefusal(actor, facts);
  if (refusal) throw refusal;
  if (person) {
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.personId, person.id), eq(users.role, facts.role), eq(users.disabled, false)));
    if (existing) {
      throw conflict('ACCOUNT_EXISTS', `“${person.name}”已有“${ROLE_LABELS[facts.role]}”账号`, 'personId');
    }
  }
  const username = body.username ?? (await freeUsername(tx, facts.role));
  if (await usernameTaken(tx, username)) {
    throw conflict('DUPLICATE_USERNAME', `用户名“${username}”已被使用，请换一个`, 'username');
  }
  if (passwordProblems(password.plain, username).length) {
    throw conflict('PASSWORD_RETRY', '初始密码恰好包含用户名，请重试', 'username');
  }
  const [user] = await tx
    .insert(users)
    .values({
      ...facts,
      personId: person?.id ?? null,
      username,
      displayName,
      passwordHash: password.hash,
      mustChangePassword: true,
    })
    .returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: 'account.create',
    entity: 'user',
    entityId: user!.id,
    countyId: user!.countyId,
    townshipId: user!.townshipId,
    after: audited(user!),
  });
  return { account: await accountItem(tx, actor, user!), firstPassword: password.plain };
}

/** Creates several accounts in one transaction: one refusal stores none of them. */
export async function createAccounts(
  tx: Tx,
  actor: Actor,
  bodies: AccountBody[],
  passwords: PreparedPassword[],
): Promise<Slip[]> {
  const names = bodies.map((b) => b.username).filter(Boolean);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw conflict('DUPLICATE_USERNAME', `用户名“${twice}”在本批中出现了两次`, 'username');
  const slips: Slip[] = [];
  for (const [i, body] of bodies.entries()) slips.push(await createAccount(tx, actor, body, passwords[i]!));
  return slips;
}

async function managedAccount(tx: Tx, actor: Actor, id: string, action: AccountAction) {
  const user = await findInScope(tx, users, actor.scope, id, '账号', { lock: true });
  const refusal = accountActionRefusal(actor, user, action);
  if (refusal) throw refusal;
  return user;
}

/** A new first password (on a new slip); every session of the account ends, its throttle counts too. */
export async function resetAccount(tx: Tx, actor: Actor, id: string, password: PreparedPassword) {
  const before = await managedAccount(tx, actor, id, 'reset');
  if (passwordProblems(password.plain, before.username).length) {
    throw conflict('PASSWORD_RETRY', '初始密码恰好包含用户名，请重试');
  }
  const [user] = await tx
    .update(users)
    .set({ passwordHash: password.hash, mustChangePassword: true })
    .where(eq(users.id, id))
    .returning();
  await deleteUserSessions(tx, id);
  await clearAccount(tx, user!.username);
  await appendAudit(tx, asAuditActor(actor), {
    action: 'account.reset',
    entity: 'user',
    entityId: id,
    countyId: user!.countyId,
    townshipId: user!.townshipId,
  });
  return { account: await accountItem(tx, actor, user!), firstPassword: password.plain };
}

/** Deactivates (sessions end, sign-in refused) or reactivates an account. */
export async function setDisabled(tx: Tx, actor: Actor, id: string, disabled: boolean) {
  const before = await managedAccount(tx, actor, id, disabled ? 'deactivate' : 'reactivate');
  const [user] = await tx.update(users).set({ disabled }).where(eq(users.id, id)).returning();
  if (disabled) await deleteUserSessions(tx, id);
  await appendAudit(tx, asAuditActor(actor), {
    action: disabled ? 'account.deactivate' : 'account.reactivate',
    entity: 'user',
    entityId: id,
    countyId: user!.countyId,
    townshipId: user!.townshipId,
    before: { disabled: before.disabled },
    after: { disabled },
  });
  return accountItem(tx, actor, user!);
}

const listColumns = {
  user: users,
  personName: persons.name,
  township: townships.name,
  village: villages.name,
  county: counties.name,
};

function toItem(
  actor: Actor,
  row: {
    user: UserRow;
    personName: string | null;
    township: string | null;
    village: string | null;
    county: string | null;
  },
): AccountItem {
  const u = row.user;
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    roleLabel: ROLE_LABELS[u.role],
    townshipId: u.townshipId,
    villageId: u.villageId,
    orgName: u.villageId ? `${row.township ?? ''}${row.village ?? ''}` : (row.township ?? row.county ?? ''),
    personId: u.personId,
    personName: row.personName,
    disabled: u.disabled,
    mustChangePassword: u.mustChangePassword,
    createdAt: u.createdAt.toISOString(),
    allowedActions: accountActions(actor, u),
  };
}

function listQuery(db: Queryable) {
  return db
    .select(listColumns)
    .from(users)
    .leftJoin(persons, eq(persons.id, users.personId))
    .leftJoin(townships, eq(townships.id, users.townshipId))
    .leftJoin(villages, eq(villages.id, users.villageId))
    .leftJoin(counties, eq(counties.id, users.countyId));
}

async function accountItem(db: Queryable, actor: Actor, user: UserRow): Promise<AccountItem> {
  const [row] = await listQuery(db).where(eq(users.id, user.id));
  return toItem(actor, row!);
}

/** Escapes LIKE wildcards so a filter matches them literally. */
const likeText = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Accounts within the caller's scope, filtered; each with what the caller may do to it. */
export async function listAccounts(
  db: Queryable,
  actor: Actor,
  query: AccountsQuery,
): Promise<AccountItem[]> {
  const conditions: (SQL | undefined)[] = [scopeWhere(actor.scope, tenantCols(users))];
  if (query.role) conditions.push(eq(users.role, query.role));
  if (query.villageId) conditions.push(eq(users.villageId, query.villageId));
  if (query.status === 'disabled') conditions.push(eq(users.disabled, true));
  if (query.status === 'active')
    conditions.push(and(eq(users.disabled, false), eq(users.mustChangePassword, false)));
  if (query.status === 'pending')
    conditions.push(and(eq(users.disabled, false), eq(users.mustChangePassword, true)));
  if (query.q) {
    const text = likeText(query.q);
    conditions.push(or(ilike(users.username, text), ilike(users.displayName, text)));
  }
  const rows = await listQuery(db)
    .where(and(...conditions))
    .orderBy(asc(villages.code), asc(villages.name), asc(users.username));
  const order = (r: Role) => ROLES.indexOf(r);
  return rows.map((r) => toItem(actor, r)).sort((a, b) => order(a.role) - order(b.role));
}

/** The roster's people of the caller's township, their current posts and the accounts they have. */
export async function rosterPeople(db: Queryable, actor: Actor) {
  const people = await db
    .select({ person: persons, villageName: villages.name, villageCode: villages.code })
    .from(persons)
    .innerJoin(villages, eq(villages.id, persons.villageId))
    .where(scopeWhere(actor.scope, tenantCols(persons)))
    .orderBy(asc(villages.code), asc(villages.name), asc(persons.name));
  const ids = people.map((p) => p.person.id);
  const posts = ids.length
    ? await db
        .select({ personId: positions.personId, post: positions.post })
        .from(positions)
        .where(and(inArray(positions.personId, ids), isNull(positions.endDate)))
    : [];
  const accounts = ids.length
    ? await db
        .select({ id: users.id, personId: users.personId, role: users.role, disabled: users.disabled })
        .from(users)
        .where(inArray(users.personId, ids))
    : [];
  return people.map(({ person, villageName }) => ({
    personId: person.id,
    name: person.name,
    villageId: person.villageId,
    villageName,
    posts: posts.filter((p) => p.personId === person.id).map((p) => POST_LABELS[p.post]),
    accounts: accounts
      .filter((a) => a.personId === person.id)
      .map((a) => ({ id: a.id, role: a.role, disabled: a.disabled })),
  }));
}

/** Roles the caller may give accounts of, for the forms. */
export const managedRolesOf = (actor: Actor) => ({
  roles: rolesManagedBy(actor).map((role) => ({
    role,
    label: ROLE_LABELS[role],
    personBound: isPersonRole(role),
    townshipBound: townshipChosen(role),
  })),
});
