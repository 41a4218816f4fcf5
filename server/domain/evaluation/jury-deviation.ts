/**
 * The juror deviation monitor (DESIGN §2.4 item 7), for the office's console only: from the scores
 * given so far, which juror lies far outside the panel's band, which one always scores at the
 * extremes, and which one favours a village. Each juror's score of a reporter is compared with the
 * other jurors' scores of the same reporter (leave-one-out), so one odd juror does not move the band
 * they are measured against.
 */

export type GivenScore = { jurorId: string; reporterId: string; villageId: string; value: number };

/** Far outside: |score − others' mean| above the larger of BAND_MIN points and BAND_SD others' standard deviations. */
export const BAND_MIN = 10;
export const BAND_SD = 2;
/** A juror is flagged when outside the band for this share of their reporters (and at least twice). */
export const OUTSIDE_SHARE = 0.5;
export const OUTSIDE_MIN = 2;
/** Always at the extremes: highest or lowest of the panel for this share of at least EXTREME_MIN reporters. */
export const EXTREME_SHARE = 0.8;
export const EXTREME_MIN = 3;
/** Favours a village: their deviation there exceeds their deviation elsewhere by this many points. */
export const FAVOUR_MIN = 10;

export type DeviationFlag =
  | { kind: 'outside_band'; count: number; of: number }
  | { kind: 'extremes'; high: number; low: number; of: number }
  | { kind: 'favours_village'; villageId: string; by: number };

export type JurorDeviation = {
  jurorId: string;
  /** Reporters this juror scored with at least two others scoring them too. */
  compared: number;
  /** Mean of (score − others' mean), 2 dp: positive = more generous than the panel. */
  meanDeviation: number | null;
  /** Mean of |score − others' mean|, 2 dp. */
  meanAbsDeviation: number | null;
  outside: number;
  highest: number;
  lowest: number;
  flags: DeviationFlag[];
};

const round2 = (x: number) => Math.round(x * 100) / 100;
function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of xs) out.set(key(x), [...(out.get(key(x)) ?? []), x]);
  return out;
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};

type Comparison = {
  reporterId: string;
  villageId: string;
  deviation: number;
  outside: boolean;
  high: boolean;
  low: boolean;
};

function comparisonsOf(scores: GivenScore[]): Map<string, Comparison[]> {
  const byReporter = groupBy(scores, (s) => s.reporterId);
  const out = new Map<string, Comparison[]>();
  for (const panel of byReporter.values()) {
    if (panel.length < 3) continue;
    const values = panel.map((s) => s.value);
    const max = Math.max(...values);
    const min = Math.min(...values);
    for (const s of panel) {
      const others = panel.filter((o) => o !== s).map((o) => o.value);
      const deviation = s.value - mean(others);
      const band = Math.max(BAND_MIN, BAND_SD * sd(others));
      const list = out.get(s.jurorId) ?? [];
      list.push({
        reporterId: s.reporterId,
        villageId: s.villageId,
        deviation,
        outside: Math.abs(deviation) > band,
        // A panel that agrees (max = min) has no extremes.
        high: max > min && s.value === max,
        low: max > min && s.value === min,
      });
      out.set(s.jurorId, list);
    }
  }
  return out;
}

function favouredVillages(list: Comparison[]): DeviationFlag[] {
  const flags: DeviationFlag[] = [];
  for (const [villageId, there] of groupBy(list, (c) => c.villageId)) {
    const elsewhere = list.filter((c) => c.villageId !== villageId);
    if (elsewhere.length < 2) continue;
    const by = mean(there.map((c) => c.deviation)) - mean(elsewhere.map((c) => c.deviation));
    if (by >= FAVOUR_MIN && mean(there.map((c) => c.deviation)) > 0) {
      flags.push({ kind: 'favours_village', villageId, by: round2(by) });
    }
  }
  return flags;
}

/** Every juror who has scored, in the order first met, with their figures and flags. */
export function juryDeviations(scores: GivenScore[]): JurorDeviation[] {
  const comparisons = comparisonsOf(scores);
  const jurorIds = [...new Set(scores.map((s) => s.jurorId))];
  return jurorIds.map((jurorId) => {
    const list = comparisons.get(jurorId) ?? [];
    const outside = list.filter((c) => c.outside).length;
    const highest = list.filter((c) => c.high).length;
    const lowest = list.filter((c) => c.low).length;
    const flags: DeviationFlag[] = [];
    if (outside >= OUTSIDE_MIN && outside >= OUTSIDE_SHARE * list.length) {
      flags.push({ kind: 'outside_band', count: outside, of: list.length });
    }
    if (list.length >= EXTREME_MIN && highest + lowest >= EXTREME_SHARE * list.length) {
      flags.push({ kind: 'extremes', high: highest, low: lowest, of: list.length });
    }
    flags.push(...favouredVillages(list));
    return {
      jurorId,
      compared: list.length,
      meanDeviation: list.length ? round2(mean(list.map((c) => c.deviation))) : null,
      meanAbsDeviation: list.length ? round2(mean(list.map((c) => Math.abs(c.deviation)))) : null,
      outside,
      highest,
      lowest,
      flags,
    };
  });
}

/** One Chinese sentence per flag, for the console and the anonymized report. */
export function describeFlag(flag: DeviationFlag, villageName: (id: string) => string): string {
  switch (flag.kind) {
    case 'outside_band':
      return `${flag.of} 位述职人中有 ${flag.count} 位的评分远离其他评委`;
    case 'extremes':
      return `${flag.of} 位述职人中 ${flag.high} 次打最高分、${flag.low} 次打最低分`;
    case 'favours_village':
      return `给${villageName(flag.villageId)}述职人的评分比其给其他村的高出 ${flag.by.toFixed(2)} 分`;
  }
}
