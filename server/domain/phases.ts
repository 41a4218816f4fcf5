/** The campaign year as a state machine (DESIGN §2). */
export const PHASES = ['setup', 'pledging', 'fulfilment', 'evaluation', 'sanctions', 'archived'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Record<Phase, string> = {
  setup: '筹备',
  pledging: '承诺',
  fulfilment: '践诺',
  evaluation: '评诺',
  sanctions: '奖惩',
  archived: '已归档',
};

/** Facts the service gathers before a transition; later phases' modules add theirs. */
export type TransitionFacts = {
  activeParticipants: number;
  /** Participants whose pledge set is not yet approved by the township (pledging → fulfilment). */
  unapprovedPledgeSets?: number;
  /** Participants without a final grade (evaluation → sanctions). */
  ungradedParticipants?: number;
  /** Open sanction tasks (sanctions → archived). */
  openSanctionTasks?: number;
  /** Times the year's results were submitted to the county (sanctions → archived). */
  countySubmissions?: number;
};

export function nextPhase(phase: Phase): Phase | null {
  const i = PHASES.indexOf(phase);
  return PHASES[i + 1] ?? null;
}

/**
 * Reasons, in Chinese, why `from → to` is refused; empty when allowed. Only the next phase is
 * reachable: a campaign never skips a step and never goes back.
 */
export function transitionRefusals(from: Phase, to: Phase, facts: TransitionFacts): string[] {
  if (from === 'archived') return ['活动已归档，不能再变更阶段'];
  const expected = nextPhase(from);
  if (to !== expected) {
    return [
      `只能从“${PHASE_LABELS[from]}”进入“${PHASE_LABELS[expected ?? from]}”阶段，不能转到“${PHASE_LABELS[to]}”`,
    ];
  }
  const reasons: string[] = [];
  if (to === 'pledging' && facts.activeParticipants === 0) {
    reasons.push('没有可参加考评的承诺主体（已排除的不计入）：请先导入村干部名册并同步参与人员');
  }
  if (to === 'fulfilment' && (facts.unapprovedPledgeSets ?? 0) > 0) {
    reasons.push(`还有 ${facts.unapprovedPledgeSets} 名承诺主体的承诺事项未经乡党委政府批准`);
  }
  if (to === 'sanctions' && (facts.ungradedParticipants ?? 0) > 0) {
    reasons.push(`还有 ${facts.ungradedParticipants} 名承诺主体没有综合考评等次`);
  }
  if (to === 'archived' && (facts.openSanctionTasks ?? 0) > 0) {
    reasons.push(`还有 ${facts.openSanctionTasks} 项奖惩任务未办结`);
  }
  // A year with nobody taking part has no results to report (the county report refuses it too).
  if (to === 'archived' && facts.countySubmissions === 0 && facts.activeParticipants > 0) {
    reasons.push('考评结果尚未上报县委组织部、县民政局：请先在“上报县级”中上报后再归档');
  }
  return reasons;
}
