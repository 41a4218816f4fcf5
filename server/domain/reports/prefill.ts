import { formatLocalDate } from '../local-time.ts';
import { PROGRESS_STATUS_LABELS, type ProgressStatus } from '../progress/report.ts';
import type { ReportContent } from './content.ts';

export type PrefillPledge = { id: string; title: string; completionStandard: string };
export type PrefillProgress = { status: ProgressStatus; percent: number; reportDate: string; note: string };

/**
 * A pledge's completion statement as the form first shows it: its completion standard and where
 * its latest progress report left it, in words the cadre edits into their own.
 */
export function prefillStatement(pledge: PrefillPledge, latest: PrefillProgress | null): string {
  const standard = `完成标准：${pledge.completionStandard.replace(/[。；;]+$/, '')}。`;
  if (!latest) return `${standard}本年度尚未报送践诺进展。`;
  const note = latest.note.trim();
  return (
    `${standard}截至${formatLocalDate(latest.reportDate)}，${PROGRESS_STATUS_LABELS[latest.status]}，` +
    `完成进度${latest.percent}%。${note ? (/[。！？]$/.test(note) ? note : `${note}。`) : ''}`
  );
}

/** A report not yet begun: each pledge's prefilled statement and empty sections. */
export function prefillContent(
  pledges: PrefillPledge[],
  latest: ReadonlyMap<string, PrefillProgress>,
): ReportContent {
  return {
    pledges: pledges.map((p) => ({
      pledgeId: p.id,
      title: p.title,
      statement: prefillStatement(p, latest.get(p.id) ?? null),
    })),
    duties: '',
    selfBuilding: '',
    problemsAndPlans: '',
  };
}
