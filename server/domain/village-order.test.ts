import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVillages, sortByVillage, type VillageKey } from './village-order.ts';

const v = (name: string, code: string | null = null): VillageKey => ({ name, code });

describe('compareVillages', () => {
  it.each([
    ['code before code', v('愚公村', '410881103201'), v('王屋村', '410881103202'), -1],
    ['code decides over name', v('王屋村', '410881103201'), v('愚公村', '410881103202'), -1],
    ['a coded village before one without', v('邵原村', null), v('王屋村', '410881103299'), 1],
    ['without codes: by pinyin', v('王屋村'), v('愚公村'), -1],
    ['same code: by name', v('愚公村', '410881103201'), v('太行村', '410881103201'), 1],
  ])('%s', (_, a, b, sign) => {
    expect(Math.sign(compareVillages(a, b))).toBe(sign);
    expect(Math.sign(compareVillages(b, a))).toBe(-sign);
  });

  it('is a total order: sorting is the same whatever the input order', () => {
    const key = fc.record({
      name: fc.constantFrom('愚公村', '王屋村', '太行村', '邵原村'),
      code: fc.option(fc.constantFrom('410881103201', '410881103202', '410881103203'), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(key, { maxLength: 12 }), (rows) => {
        const once = sortByVillage(rows, (r) => r);
        const again = sortByVillage([...rows].reverse(), (r) => r);
        expect(once.map((r) => `${r.code}|${r.name}`)).toEqual(again.map((r) => `${r.code}|${r.name}`));
        for (let i = 1; i < once.length; i++)
          expect(compareVillages(once[i - 1]!, once[i]!)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
