import type { OverviewView, VillageView } from '../../../../server/modules/inspection/inspection.schema.ts';

/** The inspection API's answers (server/modules/inspection/inspection.schema.ts). */
export type Overview = OverviewView;
export type Team = Overview['teams'][number];
export type VillageRow = Overview['villages'][number];
export type ParticipantScore = Overview['participants'][number];
export type Village = VillageView;
export type PledgeEntry = VillageView['pledges'][number];

export type Candidate = {
  personId: string;
  name: string;
  villageId: string;
  villageName: string;
  posts: string[];
  hasInspectorAccount: boolean;
};

export const STATUS_OPTIONS = [
  ['completed', '已完成'],
  ['basically_completed', '基本完成'],
  ['in_progress', '推进中'],
  ['not_completed', '未完成'],
] as const;
export type ItemStatus = (typeof STATUS_OPTIONS)[number][0];

export const RECOGNITION_OPTIONS = [
  ['recognized', '认可'],
  ['basically_recognized', '基本认可'],
  ['not_recognized', '不认可'],
] as const;
export type Recognition = (typeof RECOGNITION_OPTIONS)[number][0];

export const MEMBER_KINDS = [
  ['township_cadre', '乡干部'],
  ['party_representative', '党员代表'],
  ['villager_representative', '村民代表'],
] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number][0];

export const VILLAGE_STATUS_COLORS: Record<VillageRow['status'], string> = {
  not_started: 'default',
  in_progress: 'processing',
  submitted: 'success',
};
