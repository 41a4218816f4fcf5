/**
 * 连续两年考评不合格 → a removal case (DESIGN §2.5): revoke the party post of a party secretary, and
 * the recall procedure of a committee director (村民委员会组织法). One case per person and pair of
 * consecutive years; the person's history follows them across villages and posts.
 *
 * Rule chosen for a year without a grade (DESIGN leaves it to us): a year in which the cadre was
 * excluded (立案未结案) or held no post has no grade, and it BREAKS the chain. "连续两年" reads as two
 * consecutive years of evaluation, and a sanction this heavy is not inferred across a year in which
 * the cadre was not judged; the year after starts a new chain. A missing year (no record) breaks it too.
 */
export type YearStanding =
  | {
      year: number;
      kind: 'graded';
      grade: string;
      isSecretary: boolean;
      isDirector: boolean;
      villageId: string;
      unqualifiedByVillage: boolean;
    }
  | { year: number; kind: 'excluded' | 'no_post' };

export type RemovalMeasure = 'revoke_party_post' | 'recall';

export const REMOVAL_MEASURE_LABELS: Record<RemovalMeasure, string> = {
  revoke_party_post: '撤销党内职务',
  recall: '依法启动罢免程序',
};

export type RemovalTrigger = {
  /** The two consecutive years, earlier first. */
  years: [number, number];
  /** Village and posts of the later year: where the case is brought. */
  villageId: string;
  measures: RemovalMeasure[];
  /** 组织法 art. 33: two consecutive 不称职 in the villagers' evaluation end a committee member's office. */
  officeEndsByLaw: boolean;
};

const isFail = (
  s: YearStanding | undefined,
  failGrade: string,
): s is Extract<YearStanding, { kind: 'graded' }> => s?.kind === 'graded' && s.grade === failGrade;

function measuresOf(s: Extract<YearStanding, { kind: 'graded' }>): RemovalMeasure[] {
  const measures: RemovalMeasure[] = [];
  if (s.isSecretary) measures.push('revoke_party_post');
  if (s.isDirector) measures.push('recall');
  return measures;
}

/** Every pair of consecutive failed years in a person's history (any order in, years ascending out). */
export function removalTriggers(history: readonly YearStanding[], failGrade: string): RemovalTrigger[] {
  const byYear = new Map(history.map((s) => [s.year, s]));
  const triggers: RemovalTrigger[] = [];
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    const before = byYear.get(year - 1);
    const now = byYear.get(year);
    if (!isFail(before, failGrade) || !isFail(now, failGrade)) continue;
    triggers.push({
      years: [year - 1, year],
      villageId: now.villageId,
      measures: measuresOf(now),
      officeEndsByLaw: now.isDirector && before.unqualifiedByVillage && now.unqualifiedByVillage,
    });
  }
  return triggers;
}

/** The key that makes a case unique: one per person and pair of years. */
export const removalCaseKey = (personId: string, years: readonly [number, number]) =>
  `${personId}:${years[0]}-${years[1]}`;

/**
 * When a year's 不合格 is CERTAIN, so that a removal case opens at once (rule chosen here): either
 * the year's results are confirmed (the frozen grade), or the year is not confirmed yet but its
 * certified 民主测评 is unqualified, which forces the final grade 不合格 (DESIGN §2.4) and can no
 * longer change (a certified result is frozen). Anything else is not yet certain: null. The case
 * is the same one either way (one per person and pair of years), so the later confirmation finds it.
 */
export function certainStanding(f: {
  year: number;
  confirmed: YearStanding | undefined;
  excluded: boolean;
  unqualifiedByVillage: boolean;
  isSecretary: boolean;
  isDirector: boolean;
  villageId: string;
  failGrade: string;
}): YearStanding | null {
  if (f.confirmed) return f.confirmed;
  if (f.excluded || !f.unqualifiedByVillage) return null;
  return {
    year: f.year,
    kind: 'graded',
    grade: f.failGrade,
    isSecretary: f.isSecretary,
    isDirector: f.isDirector,
    villageId: f.villageId,
    unqualifiedByVillage: true,
  };
}
