import { INSPECTION_STATUS_LABELS, type InspectionStatus } from '../evaluation/types.ts';
import { PROGRESS_STATUS_LABELS, type ProgressStatus } from '../progress/report.ts';

/**
 * A pledge's final status in a cadre's history and in the county's trends: the inspection team's
 * finding (实地考核) where the pledge was inspected, otherwise the latest progress report (本人报告),
 * otherwise none yet. A pledge counts as kept (兑现) only when that status is 已完成.
 */
export type PledgeOutcome = {
  source: 'inspection' | 'progress' | null;
  status: InspectionStatus | ProgressStatus | null;
  label: string;
  kept: boolean;
};

export const OUTCOME_SOURCE_LABELS = { inspection: '考核认定', progress: '本人报告' } as const;
export const NO_OUTCOME_LABEL = '尚无进展';

export function pledgeOutcome(
  inspection: InspectionStatus | null,
  latestProgress: ProgressStatus | null,
): PledgeOutcome {
  if (inspection)
    return {
      source: 'inspection',
      status: inspection,
      label: INSPECTION_STATUS_LABELS[inspection],
      kept: inspection === 'completed',
    };
  if (latestProgress)
    return {
      source: 'progress',
      status: latestProgress,
      label: PROGRESS_STATUS_LABELS[latestProgress],
      kept: latestProgress === 'done',
    };
  return { source: null, status: null, label: NO_OUTCOME_LABEL, kept: false };
}
