import { describe, expect, it } from 'vitest';
import { atLeastTwoThirds, moreThanHalf, type QuorumInput, quorumOf } from './quorum.ts';

const base = { preset: 'law2018' as const, households: 0, householdsRepresented: null };

describe('quorum boundaries (村民委员会组织法)', () => {
  it.each([
    // 村民会议: more than half of the adults …
    ['villager_assembly', 1860, 930, null, 612, false],
    ['villager_assembly', 1860, 931, null, 612, true],
    ['villager_assembly', 1861, 930, null, 612, false],
    ['villager_assembly', 1861, 931, null, 612, true],
    // … or representatives of at least two thirds of the households.
    ['villager_assembly', 1860, 100, 407, 612, false],
    ['villager_assembly', 1860, 100, 408, 612, true],
    ['villager_assembly', 1860, 100, 300, 450, true],
    ['villager_assembly', 1860, 100, 299, 450, false],
    // 村民代表会议 and 党员和村民代表会议: at least two thirds of the members.
    ['representative_assembly', 45, 29, null, 0, false],
    ['representative_assembly', 45, 30, null, 0, true],
    ['representative_assembly', 46, 30, null, 0, false],
    ['representative_assembly', 46, 31, null, 0, true],
    ['party_and_representative_assembly', 103, 68, null, 0, false],
    ['party_and_representative_assembly', 103, 69, null, 0, true],
    ['two_committees', 7, 3, null, 0, false],
    ['two_committees', 7, 4, null, 0, true],
    ['township_report', 30, 0, null, 0, false],
    ['township_report', 30, 25, null, 0, true],
  ] as const)(
    '%s: 应到 %i, 实到 %i, 户代表 %s / %i 户 → %s',
    (kind, eligible, present, hh, households, met) => {
      for (const preset of ['law2018', 'law2025'] as const) {
        const input: QuorumInput = { kind, preset, eligible, present, households, householdsRepresented: hh };
        expect(quorumOf(input).met).toBe(met);
      }
    },
  );

  it('is not met while attendance is unrecorded, or with no one eligible', () => {
    expect(quorumOf({ ...base, kind: 'representative_assembly', eligible: 45, present: null }).met).toBe(
      false,
    );
    expect(quorumOf({ ...base, kind: 'representative_assembly', eligible: 0, present: 0 }).met).toBe(false);
  });

  it('states the rule in Chinese, citing the preset', () => {
    const q = quorumOf({ ...base, kind: 'villager_assembly', eligible: 1860, present: 931 });
    expect(q).toMatchObject({ required: 931, met: true });
    expect(q.rule).toContain('2018年修正');
    expect(q.rule).toContain('过半数');
    const r = quorumOf({
      ...base,
      preset: 'law2025',
      kind: 'representative_assembly',
      eligible: 45,
      present: 30,
    });
    expect(r.rule).toContain('2025年修订');
    expect(r.rule).toContain('三分之二以上');
  });

  it('cites art. 26 for the 村民代表会议 only; the 党员和村民代表会议 follows it by analogy, as local practice', () => {
    const reps = quorumOf({ ...base, kind: 'representative_assembly', eligible: 45, present: 30 });
    expect(reps.rule).toMatch(/第二十六条：村民代表会议/);
    const joint = quorumOf({ ...base, kind: 'party_and_representative_assembly', eligible: 80, present: 54 });
    expect(joint.rule).toMatch(/^党员和村民代表会议：本地做法，参照/);
    expect(joint.rule).toContain('该条本身只规定村民代表会议');
    expect(joint.rule).not.toMatch(/第二十六条：党员/);
    expect(joint).toMatchObject({ required: 54, met: true });
  });

  it('thresholds: more than half and at least two thirds', () => {
    for (let n = 1; n < 500; n++) {
      expect(moreThanHalf(n) * 2).toBeGreaterThan(n);
      expect((moreThanHalf(n) - 1) * 2).toBeLessThanOrEqual(n);
      expect(atLeastTwoThirds(n) * 3).toBeGreaterThanOrEqual(2 * n);
      expect((atLeastTwoThirds(n) - 1) * 3).toBeLessThan(2 * n);
    }
  });
});
