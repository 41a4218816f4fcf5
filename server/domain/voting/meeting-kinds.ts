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
 * 应到 by kind: adults for a 村民会议, representatives for a 村民代表会议, party members and
 * representatives for a 党员和村民代表会议. Kinds the village's numbers do not describe (两委会议,
 * 乡集中述职会) return null: their eligible count is entered.
 */
export function eligibleFromVillage(kind: MeetingKind, v: VillageNumbers): number | null {
  switch (kind) {
    case 'villager_assembly':
      return v.adultPopulation;
    case 'representative_assembly':
      return v.representatives;
    case 'party_and_representative_assembly':
      return v.partyMembers + v.representatives;
    default:
      return null;
  }
}
