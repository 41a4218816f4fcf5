/**
 * Who may do what to a village's 民主测评 (DESIGN §2.4.2), as pure functions of facts the service
 * gathers: the service refuses with `villageEvaluationRefusal`, and each village's view carries
 * `villageEvaluationActions` for the web's buttons.
 */
import { type AppError, conflict, forbidden, wrongPhase } from '../../core/errors.ts';
import { isAllowed } from '../permissions.ts';
import { PHASE_LABELS, type Phase } from '../phases.ts';
import type { Role } from '../roles.ts';

export const VILLAGE_EVALUATION_ACTIONS = ['start', 'record_chair'] as const;
export type VillageEvaluationAction = (typeof VILLAGE_EVALUATION_ACTIONS)[number];

/** Where the village's evaluation stands: no poll yet, or the status of its current poll. */
export type VillageEvaluationState = 'not_started' | 'draft' | 'open' | 'closed' | 'certified';

export type VillageEvaluationFacts = {
  actor: { role: Role };
  phase: Phase;
  state: VillageEvaluationState;
  /** The village's 村务监督委员会主任 is recorded (with an account). */
  hasChair: boolean;
  /** The host certification is given (the chair can no longer change). */
  hostCertified: boolean;
};

export function villageEvaluationRefusal(
  f: VillageEvaluationFacts,
  action: VillageEvaluationAction,
): AppError | null {
  if (action === 'record_chair') {
    if (!isAllowed(f.actor.role, 'village_evaluation.chair')) return forbidden();
    if (f.phase === 'archived' || f.phase === 'sanctions') {
      return wrongPhase(`活动已进入“${PHASE_LABELS[f.phase]}”阶段，不能再登记村务监督委员会主任`);
    }
    if (f.hostCertified || f.state === 'certified') {
      return conflict('CERTIFIED', '本村民主测评已由村务监督委员会主任确认，不能再更换主任');
    }
    return null;
  }
  if (!isAllowed(f.actor.role, 'village_evaluation.start')) return forbidden();
  if (f.phase !== 'evaluation') {
    return wrongPhase(`只有在“评诺”阶段才能开始民主测评（当前为“${PHASE_LABELS[f.phase]}”阶段）`);
  }
  if (f.state !== 'not_started') {
    return conflict(
      'ALREADY_STARTED',
      '本村本年度的民主测评已经开始，请在表决页面继续；结果有误的，请在已确认的表决上新建更正表决',
    );
  }
  if (!f.hasChair) {
    return conflict('NO_CHAIR', '请先登记本村村务监督委员会主任及其账号：民主测评由其主持并作为主持人确认');
  }
  return null;
}

export const villageEvaluationActions = (f: VillageEvaluationFacts): VillageEvaluationAction[] =>
  VILLAGE_EVALUATION_ACTIONS.filter((a) => !villageEvaluationRefusal(f, a));
