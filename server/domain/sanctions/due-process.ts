/**
 * Due process of a sanction case (DESIGN §2.5): notice to the cadre, the cadre's statement and
 * defence (陈述申辩), a decision with reasons, and the outcome, in that order; each step dated.
 */
export const CASE_STEPS = ['notice', 'statement', 'decision', 'outcome'] as const;
export type CaseStep = (typeof CASE_STEPS)[number];

export const CASE_STEP_LABELS: Record<CaseStep, string> = {
  notice: '告知',
  statement: '陈述申辩',
  decision: '作出决定',
  outcome: '执行结果',
};

/** The next step of a case whose steps so far are `done` (in order), or null when it is closed. */
export function nextCaseStep(done: readonly CaseStep[]): CaseStep | null {
  return CASE_STEPS[done.length] ?? null;
}

/**
 * Why `step` cannot be recorded now (Chinese), or null. Dates are local YYYY-MM-DD; a step is
 * recorded once it happened, so its day is never after `today` (the township's).
 */
export function caseStepProblem(
  done: readonly { step: CaseStep; on: string }[],
  step: CaseStep,
  on: string,
  today: string,
): string | null {
  const expected = nextCaseStep(done.map((d) => d.step));
  if (expected === null) return '该案件已办结，不能再添加步骤';
  if (step !== expected) return `请先完成“${CASE_STEP_LABELS[expected]}”`;
  const last = done.at(-1);
  if (on > today) return `日期不能晚于今天（${today}）`;
  if (last && on < last.on) return `日期不能早于上一步“${CASE_STEP_LABELS[last.step]}”（${last.on}）`;
  return null;
}

/** A day that must already have come (谈话日期, a step's day), named by its field label; or null. */
export function futureDateProblem(label: string, on: string, today: string): string | null {
  return on > today ? `“${label}”不能晚于今天（${today}）` : null;
}
