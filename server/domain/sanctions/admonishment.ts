/**
 * 诫勉谈话 (DESIGN §2.5): every cadre graded 不合格 gets an admonishment talk; optionally (config
 * `admonishUnsatisfiedShare`, 30% a published township practice) also one whose 不满意 reaches that
 * share of the valid votes without passing half (past half they are 不合格 anyway).
 */
export type AdmonishmentReason = 'failed' | 'early_warning';

export const ADMONISHMENT_REASON_LABELS: Record<AdmonishmentReason, string> = {
  failed: '年度考评不合格',
  early_warning: '民主测评不满意票达到预警比例',
};

export type AdmonishmentFacts = {
  grade: string | null;
  failGrade: string;
  /** 不满意 / valid votes of the village evaluation; null when there were no valid votes. */
  unsatisfiedShare: number | null;
  /** The configured share, or null when the early warning is off. */
  warningShare: number | null;
};

export function admonishmentReason(f: AdmonishmentFacts): AdmonishmentReason | null {
  if (f.grade === f.failGrade) return 'failed';
  if (f.warningShare === null || f.unsatisfiedShare === null) return null;
  return f.unsatisfiedShare >= f.warningShare ? 'early_warning' : null;
}

/** The share as a reason prints it: 不满意 12 票，占有效票 32.4%. */
export function unsatisfiedShareText(unsatisfied: number, valid: number): string {
  const percent = valid === 0 ? 0 : Math.round((unsatisfied / valid) * 1000) / 10;
  return `不满意 ${unsatisfied} 票，占有效票 ${percent}%`;
}
