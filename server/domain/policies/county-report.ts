/**
 * Who may do what with a township's report to the county (DESIGN §2.4 item 6). The township office
 * generates the result table and the summary once every participant has a final grade, and submits
 * them in 评诺 or 奖惩; a second submission is a 更正 (with a reason). An archived year is read-only.
 */
import { type AppError, conflict, forbidden, wrongPhase } from '../../core/errors.ts';
import { isAllowed } from '../permissions.ts';
import type { Phase } from '../phases.ts';
import type { Role } from '../roles.ts';

export const COUNTY_REPORT_ACTIONS = ['download', 'edit_summary', 'submit', 'resubmit'] as const;
export type CountyReportAction = (typeof COUNTY_REPORT_ACTIONS)[number];

export type CountyReportFacts = {
  actor: { role: Role };
  phase: Phase;
  /** Active participants of the campaign. */
  participants: number;
  /** Participants without a final grade yet. */
  ungraded: number;
  /** Submissions already made for the campaign. */
  submissions: number;
};

const SUBMIT_PHASES: readonly Phase[] = ['evaluation', 'sanctions'];

/** Why the actor may not take the action, or null when allowed. */
export function countyReportRefusal(f: CountyReportFacts, action: CountyReportAction): AppError | null {
  if (!isAllowed(f.actor.role, 'county.report')) return forbidden();
  if (f.participants === 0) return conflict('NO_RESULTS', '该年度没有参加考评的村干部，没有可上报的考评结果');
  if (f.ungraded > 0)
    return conflict(
      'NOT_FINAL',
      `还有 ${f.ungraded} 名村干部的考评结果未经审核确认，考评结果审核确认后才能生成上报材料`,
    );
  if (action === 'download') return null;
  if (f.phase === 'archived') return wrongPhase('该年度考评已归档封存，不能再修改或上报');
  if (action === 'edit_summary') return null;
  if (!SUBMIT_PHASES.includes(f.phase)) return wrongPhase('评诺阶段确定考评结果后才能上报');
  if (action === 'submit' && f.submissions > 0)
    return conflict('ALREADY_SUBMITTED', '考评结果已上报；如需更正，请填写更正原因后再次上报');
  if (action === 'resubmit' && f.submissions === 0) return conflict('NOT_SUBMITTED', '考评结果尚未上报');
  return null;
}

export const countyReportActions = (f: CountyReportFacts): CountyReportAction[] =>
  COUNTY_REPORT_ACTIONS.filter((a) => !countyReportRefusal(f, a));
