import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeFlag, type GivenScore, juryDeviations } from './jury-deviation.ts';

/** Scores from a table: one row per reporter (its village), one column per juror (null: not scored). */
function table(rows: [village: string, ...values: (number | null)[]][]): GivenScore[] {
  return rows.flatMap(([villageId, ...values], r) =>
    values.flatMap((value, j) =>
      value === null ? [] : [{ jurorId: `J${j + 1}`, reporterId: `R${r + 1}`, villageId, value }],
    ),
  );
}
const flagsOf = (scores: GivenScore[], juror: string) =>
  juryDeviations(scores)
    .find((d) => d.jurorId === juror)!
    .flags.map((f) => f.kind);

describe('juryDeviations', () => {
  it('a juror who gives 100 to everyone is outside the band and at the extremes', () => {
    const scores = table([
      ['A', 82, 85, 80, 84, 100],
      ['B', 78, 75, 80, 76, 100],
      ['C', 88, 90, 86, 85, 100],
    ]);
    expect(flagsOf(scores, 'J5')).toEqual(['outside_band', 'extremes']);
    for (const j of ['J1', 'J2', 'J3', 'J4']) expect(flagsOf(scores, j)).toEqual([]);
    const j5 = juryDeviations(scores).find((d) => d.jurorId === 'J5')!;
    expect(j5).toMatchObject({ compared: 3, outside: 3, highest: 3, lowest: 0 });
    expect(j5.meanDeviation).toBe(17.58);
  });

  it('one outlier is not enough to be flagged outside the band', () => {
    const scores = table([
      ['A', 82, 85, 80, 84, 50],
      ['B', 78, 75, 80, 76, 77],
      ['C', 88, 90, 86, 85, 87],
      ['D', 70, 72, 71, 69, 70],
    ]);
    expect(flagsOf(scores, 'J5')).toEqual([]);
    expect(juryDeviations(scores).find((d) => d.jurorId === 'J5')!.outside).toBe(1);
  });

  it('the band widens with a panel that disagrees (2 standard deviations)', () => {
    // Others spread 60..100 (sd ≈ 15.8): 95 is 15 above their mean 80, inside 2 sd.
    const scores = table([
      ['A', 60, 100, 80, 80, 95],
      ['B', 60, 100, 80, 80, 95],
    ]);
    expect(flagsOf(scores, 'J5')).toEqual([]);
  });

  it('always at the extremes: lowest three times in three → flagged; twice in three → not', () => {
    const low = table([
      ['A', 82, 85, 80, 79],
      ['B', 78, 75, 80, 74],
      ['C', 88, 90, 86, 85],
    ]);
    expect(flagsOf(low, 'J4')).toEqual(['extremes']);
    const twice = table([
      ['A', 82, 85, 80, 79],
      ['B', 78, 75, 80, 76],
      ['C', 88, 90, 86, 85],
    ]);
    expect(flagsOf(twice, 'J4')).toEqual([]);
  });

  it('a panel in full agreement has no extremes', () => {
    const scores = table([
      ['A', 80, 80, 80],
      ['B', 80, 80, 80],
      ['C', 80, 80, 80],
    ]);
    for (const d of juryDeviations(scores)) expect(d).toMatchObject({ highest: 0, lowest: 0, flags: [] });
  });

  it('favours a village: far above the panel there, with the panel elsewhere', () => {
    const scores = table([
      ['A', 80, 82, 81, 79, 96],
      ['B', 78, 75, 80, 76, 77],
      ['C', 88, 90, 86, 85, 87],
      ['D', 70, 72, 71, 69, 71],
    ]);
    const flags = juryDeviations(scores).find((d) => d.jurorId === 'J5')!.flags;
    expect(flags).toEqual([{ kind: 'favours_village', villageId: 'A', by: 15.5 }]);
    expect(describeFlag(flags[0]!, (id) => `${id}村`)).toBe('给A村述职人的评分比其给其他村的高出 15.50 分');
  });

  it('needs two other villages to compare with before saying a juror favours one', () => {
    const scores = table([
      ['A', 80, 82, 81, 79, 96],
      ['B', 78, 75, 80, 76, 77],
    ]);
    expect(flagsOf(scores, 'J5')).not.toContain('favours_village');
  });

  it('reporters with fewer than three scores are not compared', () => {
    const d = juryDeviations(table([['A', 80, null, 100]]));
    expect(d.map((x) => x.compared)).toEqual([0, 0]);
    expect(d[0]!.meanDeviation).toBeNull();
  });

  it('property: figures stay within the score range', () => {
    const score = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(
        fc.array(fc.array(score, { minLength: 3, maxLength: 8 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const width = Math.min(...rows.map((r) => r.length));
          const scores = table(rows.map((r, i) => [`V${i}`, ...r.slice(0, width)]));
          for (const d of juryDeviations(scores)) {
            expect(d.compared).toBe(rows.length);
            expect(Math.abs(d.meanDeviation!)).toBeLessThanOrEqual(100);
            expect(d.meanAbsDeviation!).toBeGreaterThanOrEqual(Math.abs(d.meanDeviation!) - 1e-9);
            expect(d.highest + d.lowest).toBeLessThanOrEqual(2 * d.compared);
          }
        },
      ),
    );
  });

  it('property: a juror identical to the panel is never flagged', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 8 }), (values) => {
        const scores = table(values.map((v, i) => [`V${i}`, v, v, v, v]));
        for (const d of juryDeviations(scores)) expect(d.flags).toEqual([]);
      }),
    );
  });
});
