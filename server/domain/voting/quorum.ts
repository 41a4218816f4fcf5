import type { MeetingKind } from './meeting-kinds.ts';

/** 村民委员会组织法: the 2018 text (arts. 22, 26) or the 2025 revision in force since 2026-01-01. */
export type QuorumPreset = 'law2018' | 'law2025';

export type QuorumInput = {
  kind: MeetingKind;
  preset: QuorumPreset;
  /** 应到: adults (村民会议) or members (other kinds). */
  eligible: number;
  /** Households of the village (村民会议 only). */
  households: number;
  /** 实到: adults or members present; null while not recorded. */
  present: number | null;
  /** Households represented (村民会议 only). */
  householdsRepresented: number | null;
};

export type Quorum = {
  /** The rule, in Chinese, citing the law. */
  rule: string;
  /** Smallest attendance that meets the rule (adults or members). */
  required: number;
  /** Households that meet the rule on their own (村民会议 only). */
  requiredHouseholds: number | null;
  present: number | null;
  met: boolean;
};

const LAW_NAME: Record<QuorumPreset, string> = {
  law2018: '《村民委员会组织法》（2018年修正）',
  law2025: '《村民委员会组织法》（2025年修订）',
};
const ARTICLE: Record<QuorumPreset, { assembly: string; representatives: string }> = {
  law2018: { assembly: '第二十二条', representatives: '第二十六条' },
  law2025: { assembly: '', representatives: '' },
};

/** More than half of n: the smallest integer strictly above n / 2. */
export const moreThanHalf = (n: number) => Math.floor(n / 2) + 1;
/** At least two thirds of n: the smallest integer k with 3k ≥ 2n. */
export const atLeastTwoThirds = (n: number) => Math.ceil((2 * n) / 3);

/** Quorum of a meeting by kind and preset (DESIGN §2.3). */
export function quorumOf(input: QuorumInput): Quorum {
  const law = LAW_NAME[input.preset];
  const art = ARTICLE[input.preset];
  const present = input.present;
  switch (input.kind) {
    case 'villager_assembly': {
      const required = moreThanHalf(input.eligible);
      const requiredHouseholds = atLeastTwoThirds(input.households);
      const byAdults = present !== null && present >= required;
      const byHouseholds =
        input.householdsRepresented !== null &&
        input.households > 0 &&
        input.householdsRepresented >= requiredHouseholds;
      return {
        rule: `${law}${art.assembly}：村民会议应当有本村十八周岁以上村民的过半数，或者本村三分之二以上的户的代表参加`,
        required,
        requiredHouseholds,
        present,
        met: input.eligible > 0 && (byAdults || byHouseholds),
      };
    }
    case 'representative_assembly':
    case 'party_and_representative_assembly': {
      const required = atLeastTwoThirds(input.eligible);
      // Art. 26 is about the 村民代表会议 only; the 党员和村民代表会议 takes its rule as local practice.
      const rule =
        input.kind === 'representative_assembly'
          ? `${law}${art.representatives}：村民代表会议有三分之二以上的组成人员参加方可召开`
          : `党员和村民代表会议：本地做法，参照${law}${art.representatives}关于村民代表会议的规定（该条本身只规定村民代表会议），须有三分之二以上的组成人员参加（每人只计一次）`;
      return {
        rule,
        required,
        requiredHouseholds: null,
        present,
        met: input.eligible > 0 && present !== null && present >= required,
      };
    }
    case 'two_committees': {
      const required = moreThanHalf(input.eligible);
      return {
        rule: '两委会议：到会人数应超过应到人数的半数',
        required,
        requiredHouseholds: null,
        present,
        met: input.eligible > 0 && present !== null && present >= required,
      };
    }
    case 'township_report':
      return {
        rule: '乡集中述职会：无法定人数要求，登记实到人数即可',
        required: 1,
        requiredHouseholds: null,
        present,
        met: present !== null && present >= 1,
      };
  }
}
