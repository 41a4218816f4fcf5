import { isAllowed } from '../permissions.ts';
import type { Phase } from '../phases.ts';
import type { Role } from '../roles.ts';
import type { PolicyRefusal } from './pledge.ts';

/**
 * 绩效工资 and 评选表彰 (DESIGN §2.5): once a year's results are confirmed and it has entered 奖惩,
 * the township office enters the base amounts, signs off the pay sheet (then frozen: a correction
 * needs a reason and makes a new version), edits and issues the commendation notice. An archived
 * year is read only; everyone else with sanctions.read only reads.
 */
export const PAY_ACTIONS = ['edit', 'sign', 'correct'] as const;
export type PayAction = (typeof PAY_ACTIONS)[number];

export const COMMENDATION_ACTIONS = ['edit', 'issue'] as const;
export type CommendationAction = (typeof COMMENDATION_ACTIONS)[number];

/** The year as both take it: its phase and whether the office has confirmed its results (审核确认). */
export type RewardYear = { role: Role; phase: Phase; resultsConfirmed: boolean };

/** Whether the year's rewards can be seen at all (its results confirmed, in 奖惩 or archived). */
export const rewardsAvailable = (y: Omit<RewardYear, 'role'>) =>
  y.resultsConfirmed && (y.phase === 'sanctions' || y.phase === 'archived');

export const REWARDS_NOT_YET = '年度考评结果审核确认并进入“奖惩”阶段后，才能办理绩效工资和评选表彰';

const conflict = (code: string, message: string): PolicyRefusal => ({ kind: 'conflict', code, message });

function yearRefusal(y: RewardYear): PolicyRefusal | null {
  if (!isAllowed(y.role, 'sanctions.manage'))
    return { kind: 'forbidden', code: 'FORBIDDEN', message: '只有乡考评办可以办理奖惩事项' };
  if (y.phase === 'archived') return conflict('ARCHIVED', '该年度已归档，不能再修改');
  if (!rewardsAvailable(y)) return conflict('WRONG_PHASE', REWARDS_NOT_YET);
  return null;
}

export type PayFacts = RewardYear & {
  /** A signed version stands (not superseded by a correction). */
  signed: boolean;
  /** Cadres of the sheet without a base amount. */
  missingBases: number;
};

export function payRefusal(f: PayFacts, action: PayAction): PolicyRefusal | null {
  const year = yearRefusal(f);
  if (year) return year;
  if (action === 'correct')
    return f.signed ? null : conflict('NOT_SIGNED', '绩效工资表尚未签发，可以直接修改基数');
  if (f.signed) return conflict('SIGNED', '绩效工资表已签发并冻结：如需更正，请先点击“更正”并写明原因');
  if (action === 'sign' && f.missingBases > 0)
    return conflict('MISSING_BASES', `还有 ${f.missingBases} 名村干部没有填写绩效工资基数`);
  return null;
}

export const payActions = (f: PayFacts): PayAction[] => PAY_ACTIONS.filter((a) => payRefusal(f, a) === null);

export type CommendationFacts = RewardYear & { issued: boolean; honourees: number };

export function commendationRefusal(f: CommendationFacts, action: CommendationAction): PolicyRefusal | null {
  const year = yearRefusal(f);
  if (year) return year;
  if (f.issued) return conflict('ISSUED', '表彰决定已印发，不能再修改');
  if (action === 'issue' && f.honourees === 0)
    return conflict('NO_HONOUREES', '本年度没有考评等次为“优秀”的村干部，无可表彰');
  return null;
}

export const commendationActions = (f: CommendationFacts): CommendationAction[] =>
  COMMENDATION_ACTIONS.filter((a) => commendationRefusal(f, a) === null);
