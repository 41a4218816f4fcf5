import { isAllowed } from '../permissions.ts';
import type { Role } from '../roles.ts';
import type { PolicyRefusal } from './pledge.ts';

/**
 * Who may do what with 软弱涣散村级组织 (DESIGN §2.5): the township office lists a village once the
 * year's results are confirmed, records follow-ups and closes it (整改销号). Rectification runs into
 * the next year, so an archived year does not stop it; a closed listing takes nothing more.
 */
export const WEAK_ORGANIZATION_ACTIONS = ['follow_up', 'close'] as const;
export type WeakOrganizationAction = (typeof WEAK_ORGANIZATION_ACTIONS)[number];
export const WEAK_CANDIDATE_ACTIONS = ['list'] as const;
export type WeakCandidateAction = (typeof WEAK_CANDIDATE_ACTIONS)[number];

const notOffice = (role: Role): PolicyRefusal | null =>
  isAllowed(role, 'sanctions.manage')
    ? null
    : { kind: 'forbidden', code: 'FORBIDDEN', message: '只有乡考评办可以办理软弱涣散村级组织整顿' };

export type WeakOrganizationFacts = { role: Role; closed: boolean };

export function weakOrganizationRefusal(
  f: WeakOrganizationFacts,
  _action: WeakOrganizationAction,
): PolicyRefusal | null {
  return (
    notOffice(f.role) ??
    (f.closed ? { kind: 'conflict', code: 'CLOSED', message: '该村已整顿销号，不能再修改' } : null)
  );
}

export const weakOrganizationActions = (f: WeakOrganizationFacts): WeakOrganizationAction[] =>
  WEAK_ORGANIZATION_ACTIONS.filter((a) => weakOrganizationRefusal(f, a) === null);

export type WeakCandidateFacts = { role: Role; resultsConfirmed: boolean; listed: boolean };

export function weakListingRefusal(f: WeakCandidateFacts): PolicyRefusal | null {
  return (
    notOffice(f.role) ??
    (!f.resultsConfirmed
      ? { kind: 'conflict', code: 'RESULTS_NOT_CONFIRMED', message: '该年度考评结果尚未审核确认' }
      : f.listed
        ? { kind: 'conflict', code: 'LISTED', message: '该村本年度已列入软弱涣散村级组织' }
        : null)
  );
}

export const weakCandidateActions = (f: WeakCandidateFacts): WeakCandidateAction[] =>
  weakListingRefusal(f) === null ? ['list'] : [];
