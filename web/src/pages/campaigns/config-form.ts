import dayjs, { type Dayjs } from 'dayjs';
import { DEFAULT_LETTER_DUE_DAYS } from '../../../../server/domain/letters.ts';
import type { CampaignConfig } from '../../api/types.ts';

/** The settings form's values: dates as Dayjs, shares (0..1) as percentages people type. */
export type ConfigFormValues = Omit<
  CampaignConfig,
  'commitmentDeadline' | 'overlapThreshold' | 'topGradeCap' | 'admonishUnsatisfiedShare'
> & {
  commitmentDeadline: Dayjs | null;
  overlapThreshold: number | null;
  topGradeCap: number | null;
  admonishUnsatisfiedShare: number | null;
  reason?: string;
};

const toPercent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
const toShare = (percent: number | null | undefined) =>
  percent === null || percent === undefined ? null : Math.round(percent * 10) / 1000;

export function toFormValues(config: CampaignConfig): ConfigFormValues {
  return {
    ...config,
    juryMissingPolicy: config.juryMissingPolicy ?? 'leave_out',
    letterDueDays: config.letterDueDays ?? DEFAULT_LETTER_DUE_DAYS,
    commitmentDeadline: dayjs(config.commitmentDeadline),
    overlapThreshold: toPercent(config.overlapThreshold),
    topGradeCap: toPercent(config.topGradeCap),
    admonishUnsatisfiedShare: toPercent(config.admonishUnsatisfiedShare),
  };
}

/** Every grade label the pay table needs: the bands, then the fail grade. */
export function gradeLabels(
  grades: { label?: string }[] | undefined,
  failGrade: string | undefined,
): string[] {
  const labels = (grades ?? []).map((g) => g?.label?.trim() ?? '').filter(Boolean);
  if (failGrade?.trim()) labels.push(failGrade.trim());
  return [...new Set(labels)];
}

/** Back to the server's shape; the server checks every rule and names the field it refuses. */
export function toConfig(v: ConfigFormValues): CampaignConfig {
  const labels = gradeLabels(v.grades, v.failGrade);
  const pay: Record<string, number> = {};
  for (const label of labels) {
    const value = v.payCoefficients?.[label];
    if (typeof value === 'number') pay[label] = value;
  }
  return {
    minItemsPerPerson: v.minItemsPerPerson,
    dualPostMinimum: v.dualPostMinimum,
    categories: (v.categories ?? []).map((c) => c.trim()).filter(Boolean),
    overlapThreshold: toShare(v.overlapThreshold) ?? 0,
    commitmentDeadline: v.commitmentDeadline ? v.commitmentDeadline.format('YYYY-MM-DD') : '',
    voteDenominator: v.voteDenominator,
    quorumPreset: v.quorumPreset,
    evaluationScores: v.evaluationScores,
    juryTrimMinScores: v.juryTrimMinScores,
    jurySubCriteria: v.jurySubCriteria ?? [],
    juryMissingPolicy: v.juryMissingPolicy ?? 'leave_out',
    inspectionWeights: v.inspectionWeights,
    compositeWeights: v.compositeWeights,
    grades: v.grades ?? [],
    failGrade: v.failGrade,
    topGradeCap: toShare(v.topGradeCap),
    payCoefficients: pay,
    admonishUnsatisfiedShare: toShare(v.admonishUnsatisfiedShare),
    publicityDays: v.publicityDays,
    objectionDays: v.objectionDays,
    letterDueDays: v.letterDueDays ?? DEFAULT_LETTER_DUE_DAYS,
  };
}
