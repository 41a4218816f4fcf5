/**
 * 等次 (DESIGN §2.4 item 5) from the campaign config: `grades` (best first, each with its minimum
 * composite) and `failGrade` below the last band.
 *
 * - The grade is read from the composite as shown (2 decimals): 89.995 is shown and graded as 90.00.
 * - A village evaluation found unqualified (不满意 more than half) forces failGrade, whatever the
 *   composite, even when some part is missing.
 * - Without a composite (a part missing) and not forced to fail: no grade yet (null).
 * - topGradeCap (share 0..1, or null for none): at most ⌊cap × n⌋ participants hold the top grade,
 *   n = the participants who have a grade (forced fails included). The count is rounded DOWN, so
 *   the share is never exceeded (20% of 12 → 2; 20% of 4 → 0). Those beyond it, in rank order, drop
 *   to the next grade (failGrade when the config has only one band). The rows must come in rank order.
 */
import type { CampaignConfig } from '../campaign-config.ts';
import type { GradeExplanation } from './types.ts';

type GradeConfig = Pick<CampaignConfig, 'grades' | 'failGrade' | 'topGradeCap'>;

export type GradeInput = {
  composite: number | null;
  forcedFail: boolean;
  /** Chinese labels of the missing parts (for the reason). */
  missing: string[];
};

const two = (x: number) => x.toFixed(2);

/** The first band (best first) the composite reaches, or undefined. */
function bandOf(composite: number, grades: CampaignConfig['grades']) {
  for (const band of grades) if (composite >= band.minScore) return band;
  return undefined;
}

/** The band the composite reaches, else failGrade. */
export function gradeByScore(
  composite: number,
  config: Pick<CampaignConfig, 'grades' | 'failGrade'>,
): string {
  return bandOf(composite, config.grades)?.label ?? config.failGrade;
}

function scoreReason(composite: number, grade: string, config: GradeConfig): string {
  let band: CampaignConfig['grades'][number] | undefined;
  for (const b of config.grades) if (b.label === grade) band ??= b;
  if (band) return `综合得分 ${two(composite)}，不低于${band.label}分数线 ${band.minScore}，评为${grade}`;
  const last = config.grades[config.grades.length - 1];
  return last
    ? `综合得分 ${two(composite)}，低于${last.label}分数线 ${last.minScore}，评为${grade}`
    : `综合得分 ${two(composite)}，评为${grade}`;
}

/** How many may hold the top grade among `graded` participants (null: no cap). */
export function topGradeLimit(cap: number | null, graded: number): number | null {
  // The epsilon keeps 0.29 × 100 (28.999999999999996 in binary) at 29.
  return cap === null ? null : Math.floor(cap * graded + 1e-9);
}

export function gradeInRankOrder(rows: readonly GradeInput[], config: GradeConfig): GradeExplanation[] {
  const graded = rows.filter((r) => r.forcedFail || r.composite !== null).length;
  const limit = topGradeLimit(config.topGradeCap, graded);
  const top = config.grades[0]?.label ?? null;
  const next = config.grades[1]?.label ?? config.failGrade;
  let topHeld = 0;
  // Written out in each literal: `{ ...base, more }` costs V8 some µs per object, 40,000 times over.
  const { grades: bands, failGrade } = config;
  return rows.map((row) => {
    const byScore = row.composite === null ? null : gradeByScore(row.composite, config);
    if (row.forcedFail) {
      return {
        bands,
        failGrade,
        grade: config.failGrade,
        byScore,
        forcedFail: true,
        capped: null,
        reason: `村级民主测评中不满意票超过有效票的一半，等次直接定为${config.failGrade}`,
      };
    }
    if (row.composite === null || byScore === null) {
      return {
        bands,
        failGrade,
        grade: null,
        byScore: null,
        forcedFail: false,
        capped: null,
        reason: `尚缺${row.missing.join('、')}得分，暂不评定等次`,
      };
    }
    if (byScore === top && limit !== null && config.topGradeCap !== null) {
      if (topHeld >= limit) {
        const share = `${Math.round(config.topGradeCap * 1000) / 10}%`;
        return {
          bands,
          failGrade,
          grade: next,
          byScore,
          forcedFail: false,
          capped: { from: top, to: next, cap: config.topGradeCap, limit, of: graded },
          reason: `综合得分 ${two(row.composite)} 达到${top}分数线，但${top}名额为 ${limit} 名（参评 ${graded} 人 × ${share}，向下取整），按排名顺延为${next}`,
        };
      }
      topHeld += 1;
    }
    return {
      bands,
      failGrade,
      grade: byScore,
      byScore,
      forcedFail: false,
      capped: null,
      reason: scoreReason(row.composite, byScore, config),
    };
  });
}
