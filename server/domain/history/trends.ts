/**
 * The county's trends across years and townships (DESIGN §2.5 history): per year and township, the
 * share of approved pledges kept, the grade distribution and the mean composite, and the county's own
 * line per year. Pure: the service reads the rows, this adds them up.
 */
export type TrendInput = {
  year: number;
  townshipId: string;
  townshipName: string;
  /** The year's results are confirmed (审核确认); otherwise its grades are the live preview's. */
  confirmed: boolean;
  approvedPledges: number;
  keptPledges: number;
  results: readonly { grade: string | null; composite: number | null }[];
};

export type TrendPoint = {
  year: number;
  /** null: the whole county. */
  townshipId: string | null;
  townshipName: string;
  /** Every township's results of this point are confirmed. */
  confirmed: boolean;
  approvedPledges: number;
  keptPledges: number;
  /** kept / approved, 0..1 to 4 dp; null without approved pledges. */
  keptShare: number | null;
  /** Cadres per grade label (only labels that occur). */
  grades: Record<string, number>;
  /** Cadres without a grade yet. */
  ungraded: number;
  /** Mean of the composites there are, 2 dp; null when none. */
  meanComposite: number | null;
  /** Cadres with a composite. */
  scored: number;
};

const round = (x: number, dp: number) => Math.round(x * 10 ** dp) / 10 ** dp;

type Sums = Omit<TrendPoint, 'keptShare' | 'meanComposite'> & { compositeSum: number };

function add(sums: Sums, input: TrendInput): Sums {
  const grades = { ...sums.grades };
  let { ungraded, scored, compositeSum } = sums;
  for (const r of input.results) {
    if (r.grade === null) ungraded += 1;
    else grades[r.grade] = (grades[r.grade] ?? 0) + 1;
    if (r.composite !== null) {
      scored += 1;
      compositeSum += r.composite;
    }
  }
  return {
    ...sums,
    confirmed: sums.confirmed && input.confirmed,
    approvedPledges: sums.approvedPledges + input.approvedPledges,
    keptPledges: sums.keptPledges + input.keptPledges,
    grades,
    ungraded,
    scored,
    compositeSum,
  };
}

function point({ compositeSum, ...s }: Sums): TrendPoint {
  return {
    ...s,
    keptShare: s.approvedPledges > 0 ? round(s.keptPledges / s.approvedPledges, 4) : null,
    meanComposite: s.scored > 0 ? round(compositeSum / s.scored, 2) : null,
  };
}

const empty = (year: number, townshipId: string | null, townshipName: string): Sums => ({
  year,
  townshipId,
  townshipName,
  confirmed: true,
  approvedPledges: 0,
  keptPledges: 0,
  grades: {},
  ungraded: 0,
  scored: 0,
  compositeSum: 0,
});

/** One point per township and year, then one per year for the county (townshipId null), by year. */
export function countyTrends(inputs: readonly TrendInput[], countyName: string): TrendPoint[] {
  const years = [...new Set(inputs.map((i) => i.year))].sort((a, b) => a - b);
  const points: TrendPoint[] = [];
  for (const year of years) {
    const ofYear = inputs.filter((i) => i.year === year);
    for (const i of ofYear) points.push(point(add(empty(year, i.townshipId, i.townshipName), i)));
    points.push(point(ofYear.reduce(add, empty(year, null, countyName))));
  }
  return points;
}
