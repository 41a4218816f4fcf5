/** Kinds of meeting of DESIGN §2.3, with their Chinese names. */
export const MEETING_KINDS = [
  'villager_assembly',
  'representative_assembly',
  'party_and_representative_assembly',
  'two_committees',
  'township_report',
] as const;

export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  villager_assembly: '村民会议',
  representative_assembly: '村民代表会议',
  party_and_representative_assembly: '党员和村民代表会议',
  two_committees: '两委会议',
  township_report: '乡集中述职会',
};

/** The village's numbers a meeting's eligible count (应到) is taken from. */
export type VillageNumbers = {
  adultPopulation: number;
  households: number;
  representatives: number;
  partyMembers: number;
};

/**
 * 应到 by kind: adults for a 村民会议, representatives for a 村民代表会议. Kinds the village's numbers
 * do not give return null: their eligible count is entered. That includes the 党员和村民代表会议,
 * whose members are counted once each (a party member who is also a representative is one person),
 * and the village's numbers hold no count of who is both: the clerk enters 应到 by that rule, and it
 * must lie between the larger of the two numbers and their sum (`eligibleProblem`).
 */
export function eligibleFromVillage(kind: MeetingKind, v: VillageNumbers): number | null {
  switch (kind) {
    case 'villager_assembly':
      return v.adultPopulation;
    case 'representative_assembly':
      return v.representatives;
    default:
      return null;
  }
}

/** Why an entered 应到 cannot be right for the kind at this village (Chinese), or null. */
export function eligibleProblem(kind: MeetingKind, v: VillageNumbers, eligible: number): string | null {
  if (kind !== 'party_and_representative_assembly') return null;
  const least = Math.max(v.partyMembers, v.representatives);
  const most = v.partyMembers + v.representatives;
  if (eligible >= least && eligible <= most) return null;
  return `党员和村民代表会议的应到人数每人只计一次（既是党员又是村民代表的只算一人）：本村党员 ${v.partyMembers} 人、村民代表 ${v.representatives} 人，应到人数应在 ${least} 至 ${most} 之间`;
}
