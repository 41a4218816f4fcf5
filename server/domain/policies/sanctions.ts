import { isAllowed } from '../permissions.ts';
import type { Phase } from '../phases.ts';
import type { Role } from '../roles.ts';
import type { PolicyRefusal } from './pledge.ts';

/**
 * Who may record what of a year's consequences (DESIGN §2.5): the township office records the
 * admonishment talk and each due-process step of a removal case, while the task or case is open and
 * the year is not sealed. Everyone else with sanctions.read only reads.
 */
export const SANCTION_ACTIONS = ['record'] as const;
export type SanctionAction = (typeof SANCTION_ACTIONS)[number];

export type SanctionFacts = { role: Role; phase: Phase; closed: boolean };

export function sanctionRefusal(f: SanctionFacts, _action: SanctionAction): PolicyRefusal | null {
  if (!isAllowed(f.role, 'sanctions.manage')) {
    return { kind: 'forbidden', code: 'FORBIDDEN', message: '只有乡考评办可以办理奖惩事项' };
  }
  if (f.phase === 'archived')
    return { kind: 'conflict', code: 'ARCHIVED', message: '该年度已归档，不能再修改' };
  if (f.closed) return { kind: 'conflict', code: 'CLOSED', message: '该事项已办结' };
  return null;
}

export const sanctionActions = (f: SanctionFacts): SanctionAction[] =>
  SANCTION_ACTIONS.filter((a) => sanctionRefusal(f, a) === null);
