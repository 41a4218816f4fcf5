import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareForRank, type RankInput, rankParticipants } from './ranking.ts';

let n = 0;
const p = (over: Partial<RankInput>): RankInput => {
  n += 1;
  return {
    participantId: `p${String(n).padStart(3, '0')}`,
    name: `人${n}`,
    village: { code: '410881103201', name: '愚公村' },
    composite: 80,
    inspection: 80,
    jury: 80,
    forcedFail: false,
    ...over,
  };
};

const order = (rows: RankInput[]) => rankParticipants(rows).map((r) => r.item.name);

describe('rankParticipants', () => {
  it('ranks by composite, high first', () => {
    const rows = [
      p({ name: '甲', composite: 80 }),
      p({ name: '乙', composite: 90 }),
      p({ name: '丙', composite: 85 }),
    ];
    const ranked = rankParticipants(rows);
    expect(ranked.map((r) => [r.item.name, r.rank])).toEqual([
      ['乙', 1],
      ['丙', 2],
      ['甲', 3],
    ]);
    expect(ranked[0]!.explanation).toMatchObject({ rank: 1, of: 3, tieBreaks: [] });
  });

  it('ties: inspection, then jury, then the village order and the name', () => {
    const rows = [
      p({ name: '甲', composite: 85, inspection: 80, jury: 90 }),
      p({ name: '乙', composite: 85, inspection: 90, jury: 70 }),
      p({ name: '丙', composite: 85, inspection: 80, jury: 95 }),
      p({
        name: '丁',
        composite: 85,
        inspection: 80,
        jury: 95,
        village: { code: '410881103200', name: '北山村' },
      }),
    ];
    const ranked = rankParticipants(rows);
    expect(ranked.map((r) => r.item.name)).toEqual(['乙', '丁', '丙', '甲']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(ranked[0]!.explanation.tieBreaks).toEqual(['实地考核得分']);
    expect(ranked[1]!.explanation.tieBreaks).toEqual(['实地考核得分', '村庄顺序（统计用区划代码）']);
    expect(ranked[3]!.explanation.tieBreaks).toEqual(['乡集中述职得分']);
  });

  it('forced fails stand at the bottom, after those not rankable yet (who have no rank)', () => {
    const rows = [
      p({ name: '甲', composite: 60 }),
      p({ name: '乙', composite: 99, forcedFail: true }),
      p({ name: '丙', composite: null }),
      p({ name: '丁', composite: null, forcedFail: true }),
      p({ name: '戊', composite: 70 }),
    ];
    const ranked = rankParticipants(rows);
    expect(ranked.map((r) => [r.item.name, r.rank])).toEqual([
      ['戊', 1],
      ['甲', 2],
      ['丙', null],
      ['乙', 4],
      ['丁', 5],
    ]);
    expect(ranked[0]!.explanation.of).toBe(5);
  });

  it('an empty inspection or jury score sorts after a present one', () => {
    expect(order([p({ name: '甲', inspection: null }), p({ name: '乙', inspection: 0 })])).toEqual([
      '乙',
      '甲',
    ]);
  });

  const row = fc.record({
    participantId: fc.uuid(),
    name: fc.constantFrom('王', '李', '张', '赵'),
    village: fc.record({
      code: fc.option(fc.constantFrom('410881103201', '410881103202'), { nil: null }),
      name: fc.constantFrom('愚公村', '王屋村'),
    }),
    composite: fc.option(fc.constantFrom(70, 80, 80.5, 90), { nil: null }),
    inspection: fc.option(fc.constantFrom(70, 80, 90), { nil: null }),
    jury: fc.option(fc.constantFrom(70, 80, 90), { nil: null }),
    forcedFail: fc.boolean(),
  });
  const rows = fc.uniqueArray(row, { selector: (r) => r.participantId, maxLength: 25 });

  it('is a total order: the same ranking whatever the input order (property)', () => {
    fc.assert(
      fc.property(rows, fc.infiniteStream(fc.integer()), (list, seed) => {
        const shuffled = [...list].map((r) => ({ r, k: seed.next().value })).sort((a, b) => a.k - b.k);
        const a = rankParticipants(list).map((x) => [x.item.participantId, x.rank]);
        const b = rankParticipants(shuffled.map((s) => s.r)).map((x) => [x.item.participantId, x.rank]);
        expect(b).toEqual(a);
      }),
    );
  });

  it('is antisymmetric and transitive; ranks are places, never shared (property)', () => {
    fc.assert(
      fc.property(rows, (list) => {
        for (const x of list)
          for (const y of list) {
            const c = Math.sign(compareForRank(x, y));
            expect(Math.sign(compareForRank(y, x))).toBe(-c || 0);
            if (x !== y) expect(c).not.toBe(0);
          }
        const ranked = rankParticipants(list);
        for (let i = 1; i < ranked.length; i++)
          expect(compareForRank(ranked[i - 1]!.item, ranked[i]!.item)).toBeLessThan(0);
        for (const [i, r] of ranked.entries()) expect(r.rank === null || r.rank === i + 1).toBe(true);
        // Without a participant waiting for a part, the ranks run 1..n.
        if (ranked.every((r) => r.rank !== null))
          expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
        const unranked = ranked.filter((r) => r.rank === null);
        expect(unranked.every((r) => r.item.composite === null && !r.item.forcedFail)).toBe(true);
      }),
    );
  });

  it('a higher composite never ranks lower within those graded from score (property)', () => {
    fc.assert(
      fc.property(rows, (list) => {
        const graded = rankParticipants(list).filter((r) => !r.item.forcedFail && r.rank !== null);
        for (let i = 1; i < graded.length; i++)
          expect(graded[i - 1]!.item.composite!).toBeGreaterThanOrEqual(graded[i]!.item.composite!);
      }),
    );
  });
});
