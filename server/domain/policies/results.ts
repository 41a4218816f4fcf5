/**
 * Who may do what to a campaign's final results (DESIGN §2.4 item 5): the township office confirms
 * (审核确认: freezes) the computed results in 评诺, recomputes a confirmed set only with a reason,
 * and publishes a confirmed set (公示) in 评诺 or 奖惩. Everyone with results.read sees them.
 */
import { type AppError, conflict, forbidden, wrongPhase } from '../../core/errors.ts';
import { isAllowed } from '../permissions.ts';
import { PHASE_LABELS, type Phase } from '../phases.ts';
import type { Role } from '../roles.ts';

export const RESULTS_ACTIONS = ['freeze', 'recompute', 'publish'] as const;
export type ResultsAction = (typeof RESULTS_ACTIONS)[number];

export type ResultsFacts = {
  actor: { role: Role };
  campaign: { year: number; phase: Phase };
  /** A confirmed (frozen) set stands. */
  frozen: boolean;
  /** The standing set has a publication that is not withdrawn. */
  published: boolean;
  /** Participants the live results cannot grade yet (freezeProblems). */
  incomplete: number;
};

const PUBLISH_PHASES: readonly Phase[] = ['evaluation', 'sanctions'];

function phaseRefusal(f: ResultsFacts, phases: readonly Phase[], what: string): AppError | null {
  if (phases.includes(f.campaign.phase)) return null;
  const allowed = phases.map((p) => `“${PHASE_LABELS[p]}”`).join('或');
  return wrongPhase(
    `${f.campaign.year} 年度考评活动当前处于“${PHASE_LABELS[f.campaign.phase]}”阶段，只能在${allowed}阶段${what}`,
  );
}

const incompleteRefusal = (f: ResultsFacts) =>
  f.incomplete > 0
    ? conflict('INCOMPLETE', `还有 ${f.incomplete} 名承诺主体的考评尚未完成，不能审核确认（见预览中的提示）`)
    : null;

/** Why the actor may not take the action, or null when allowed. */
export function resultsRefusal(f: ResultsFacts, action: ResultsAction): AppError | null {
  if (!isAllowed(f.actor.role, 'results.review')) return forbidden();
  if (action === 'freeze') {
    return (
      phaseRefusal(f, ['evaluation'], '审核确认考评结果') ??
      (f.frozen ? conflict('FROZEN', '考评结果已审核确认；如需重新计算，请填写原因') : null) ??
      incompleteRefusal(f)
    );
  }
  if (action === 'recompute') {
    return (
      phaseRefusal(f, ['evaluation'], '重新计算考评结果') ??
      (f.frozen ? null : conflict('NOT_FROZEN', '考评结果尚未审核确认，请直接审核确认')) ??
      incompleteRefusal(f)
    );
  }
  return (
    phaseRefusal(f, PUBLISH_PHASES, '公示考评结果') ??
    (f.frozen ? null : conflict('NOT_FROZEN', '请先审核确认考评结果，再发布公示')) ??
    (f.published
      ? conflict('PUBLISHED', '本次审核确认的考评结果已在公示；如需重新公示，请先撤回原公示')
      : null)
  );
}

export const resultsActions = (f: ResultsFacts): ResultsAction[] =>
  RESULTS_ACTIONS.filter((a) => !resultsRefusal(f, a));
