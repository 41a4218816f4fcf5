/**
 * The figures of a township's report to 县委组织部 and 县民政局 (DESIGN §2.4 item 6), and the county's
 * side-by-side view of every township's: pure, from the rows as submitted.
 */
import type { CampaignConfig } from '../campaign-config.ts';
import type { FinalResult } from '../evaluation/types.ts';

/** One participant's line of the result table as submitted (frozen in the submission). */
export type SubmittedRow = {
  rank: number | null;
  name: string;
  villageName: string;
  posts: string[];
  villageScore: number | null;
  /** 0..1 */
  satisfactionRate: number | null;
  unqualified: boolean;
  juryScore: number | null;
  inspectionScore: number | null;
  composite: number | null;
  grade: string | null;
  forcedFail: boolean;
};

/** The summary's free text, which the office may edit before submitting. */
export type SummaryTexts = {
  /** 开头: why and what is reported. */
  opening: string;
  /** 考评工作开展情况: the process followed. */
  process: string;
  /** 下一步工作. */
  closing: string;
  /** 落款, one line per issuing body. */
  signature: string;
};

export const SUMMARY_TEXT_LABELS: Record<keyof SummaryTexts, string> = {
  opening: '开头',
  process: '考评工作开展情况',
  closing: '下一步工作',
  signature: '落款',
};

/** How many of the best-ranked the summary names. */
export const TOP_COUNT = 3;

export const toSubmittedRow = (r: FinalResult): SubmittedRow => ({
  rank: r.rank,
  name: r.name,
  villageName: r.villageName,
  posts: r.posts,
  villageScore: r.village?.score ?? null,
  satisfactionRate: r.village?.satisfactionRate ?? null,
  unqualified: r.village?.unqualified ?? false,
  juryScore: r.jury?.score ?? null,
  inspectionScore: r.inspection?.score ?? null,
  composite: r.composite,
  grade: r.grade,
  forcedFail: r.forcedFail,
});

/** Ranked first, then the unranked (forced fails without a composite) by village and name. */
export function orderRows(rows: readonly SubmittedRow[]): SubmittedRow[] {
  return [...rows].sort((a, b) => {
    if (a.rank !== null && b.rank !== null) return a.rank - b.rank;
    if (a.rank !== null) return -1;
    if (b.rank !== null) return 1;
    return a.villageName.localeCompare(b.villageName, 'zh') || a.name.localeCompare(b.name, 'zh');
  });
}

/** The grade labels of a campaign, best first, the fail grade last. */
export const gradeOrder = (config: Pick<CampaignConfig, 'grades' | 'failGrade'>): string[] => [
  ...config.grades.map((g) => g.label),
  config.failGrade,
];

/** How many rows have each grade, in the given order (a grade outside it is appended). */
export function gradeCounts(rows: readonly SubmittedRow[], order: readonly string[]) {
  const counts = new Map<string, number>(order.map((g) => [g, 0]));
  for (const r of rows) if (r.grade !== null) counts.set(r.grade, (counts.get(r.grade) ?? 0) + 1);
  return [...counts].map(([grade, count]) => ({ grade, count }));
}

export const failReason = (r: SubmittedRow): string =>
  r.forcedFail
    ? '村级民主测评不满意票超过有效票半数'
    : `综合得分 ${r.composite === null ? '—' : r.composite.toFixed(2)} 分`;

/** The summary's body figures: counts per grade, the best ranked, and who failed and why. */
export function summaryFigures(rows: readonly SubmittedRow[], order: readonly string[]) {
  const ordered = orderRows(rows);
  const failGrade = order[order.length - 1]!;
  return {
    total: rows.length,
    counts: gradeCounts(rows, order),
    top: ordered.filter((r) => r.rank !== null).slice(0, TOP_COUNT),
    failed: ordered.filter((r) => r.grade === failGrade),
    failGrade,
  };
}

/** Composite bands of the county's distribution chart, lowest first. */
export const COMPOSITE_BANDS = [
  { label: '60分以下', min: Number.NEGATIVE_INFINITY },
  { label: '60–70分', min: 60 },
  { label: '70–80分', min: 70 },
  { label: '80–90分', min: 80 },
  { label: '90分以上', min: 90 },
] as const;

/** How many composites fall in each band (rows without a composite are not counted). */
export function compositeDistribution(rows: readonly SubmittedRow[]): number[] {
  const counts = COMPOSITE_BANDS.map(() => 0);
  for (const r of rows) {
    if (r.composite === null) continue;
    let band = 0;
    COMPOSITE_BANDS.forEach((b, i) => {
      if (r.composite! >= b.min) band = i;
    });
    counts[band]! += 1;
  }
  return counts;
}

/** Mean of the composites, 2 dp; null when none. */
export function meanComposite(rows: readonly SubmittedRow[]): number | null {
  const values = rows.map((r) => r.composite).filter((c): c is number => c !== null);
  if (values.length === 0) return null;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
}

/** The grade labels of several townships, in the first township's order, others' extra labels after. */
export function unionGrades(orders: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const order of orders) for (const g of order) if (!out.includes(g)) out.push(g);
  return out;
}

/** The default free text of a township's summary (the office edits it before submitting). */
export function defaultSummaryTexts(
  township: string,
  year: number,
  config: Pick<CampaignConfig, 'compositeWeights' | 'failGrade'>,
): SummaryTexts {
  const w = config.compositeWeights;
  return {
    opening: `根据县委组织部、县民政局关于开展村干部承诺考评工作的部署，${township}组织开展了${year}年度村干部承诺考评工作。现将考评结果报告如下。`,
    process:
      `考评按照述职报告、村级民主测评、乡集中述职、实地考核的程序进行。各村召开党员和村民代表会议，由村务监督委员会主持，对村干部履行承诺情况进行民主测评；` +
      `乡召开集中述职会议，由评委当场评分、当场公布结果；考察组逐村逐项实地核查承诺事项完成情况。` +
      `综合得分按村级民主测评 ${w.village}%、乡集中述职 ${w.jury}%、实地考核 ${w.inspection}% 计算，按综合得分确定等次；` +
      `村级民主测评不满意票超过有效票半数的，确定为${config.failGrade}。考评结果经乡考评工作领导小组审核后进行了公示。`,
    closing: `下一步，我乡将根据考评结果兑现奖惩，对考评等次为${config.failGrade}的村干部进行诫勉谈话、督促整改，推动村干部践诺履职、服务群众。`,
    signature: `中共${township}委员会\n${township}人民政府`,
  };
}
