/**
 * Who may create, reset, deactivate and reactivate which accounts (DESIGN §1 "Accounts"): a township
 * office the accounts of its own township's people (cadres, clerks, jurors, inspectors, supervisors,
 * leaders), with a scope no wider than its own; a county administrator the township offices' and the
 * county's accounts. Nobody manages their own account here (they change their own password).
 */
import { type AppError, conflict, forbidden } from '../../core/errors.ts';
import { isPersonRole, ROLE_LABELS, ROLE_LEVEL, type Role } from '../roles.ts';

export const ACCOUNT_ACTIONS = ['reset', 'deactivate', 'reactivate'] as const;
export type AccountAction = (typeof ACCOUNT_ACTIONS)[number];

export type AccountManager = {
  userId: string;
  role: Role;
  scope: { countyId: string; townshipId: string | null; villageId: string | null };
};

/** An account as the rules see it (one to create, or one that exists). */
export type AccountFacts = {
  role: Role;
  countyId: string;
  townshipId: string | null;
  villageId: string | null;
};

/** Roles a manager may give accounts of (the web's role choices come from this too). */
export function rolesManagedBy(manager: { role: Role }): Role[] {
  if (manager.role === 'township_office') {
    return (Object.keys(ROLE_LEVEL) as Role[]).filter(isPersonRole);
  }
  if (manager.role === 'county_admin') return ['township_office', 'county_viewer', 'county_admin'];
  return [];
}

/**
 * Whether the account form asks which township the account belongs to: a township-level role that
 * does not speak for a person (a person's account takes the person's township).
 */
export const townshipChosen = (role: Role): boolean => !isPersonRole(role) && ROLE_LEVEL[role] === 'township';

/** The org level an account of the role is attached to must be the one it has: no wider, no narrower. */
function levelProblem(a: AccountFacts): string | null {
  const level = ROLE_LEVEL[a.role];
  if (level === 'village' && (!a.townshipId || !a.villageId))
    return `“${ROLE_LABELS[a.role]}”账号须属于一个村`;
  if (level === 'township' && (!a.townshipId || a.villageId))
    return `“${ROLE_LABELS[a.role]}”账号须属于本乡镇`;
  if (level === 'county' && (a.townshipId || a.villageId)) return `“${ROLE_LABELS[a.role]}”账号须属于县`;
  return null;
}

/** Why the manager may not create (or manage) an account like this, or null when allowed. */
export function accountRefusal(m: AccountManager, a: AccountFacts): AppError | null {
  if (!rolesManagedBy(m).includes(a.role)) {
    return forbidden(
      m.role === 'township_office' || m.role === 'county_admin'
        ? `您不能管理“${ROLE_LABELS[a.role]}”账号`
        : undefined,
    );
  }
  if (a.countyId !== m.scope.countyId) return forbidden('该账号不在您的管辖范围内');
  if (m.role === 'township_office' && a.townshipId !== m.scope.townshipId) {
    return forbidden('只能管理本乡镇的账号');
  }
  const level = levelProblem(a);
  if (level) return conflict('ACCOUNT_SCOPE', level, 'role');
  return null;
}

/** What the manager may do to an existing account. */
export function accountActions(
  m: AccountManager,
  account: AccountFacts & { id: string; disabled: boolean },
): AccountAction[] {
  if (account.id === m.userId || accountRefusal(m, account)) return [];
  return account.disabled ? ['reactivate'] : ['reset', 'deactivate'];
}

/** The refusal to throw when the action is not allowed on the account. */
export function accountActionRefusal(
  m: AccountManager,
  account: AccountFacts & { id: string; disabled: boolean },
  action: AccountAction,
): AppError | null {
  if (account.id === m.userId) return forbidden('不能在这里管理自己的账号；修改本人密码请到“修改密码”');
  const refusal = accountRefusal(m, account);
  if (refusal) return refusal;
  if (!accountActions(m, account).includes(action)) {
    return conflict('ACCOUNT_STATE', account.disabled ? '该账号已停用，请先启用' : '该账号未停用');
  }
  return null;
}
