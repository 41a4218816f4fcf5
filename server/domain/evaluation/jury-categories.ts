/** 乡集中述职 jury: who sits on it (DESIGN §2.4 item 3) and how a meeting runs. */

/** The categories a juror is drawn from, in the order the work plan lists them. */
export const JUROR_CATEGORIES = [
  'township_leader',
  'station_head',
  'contact_cadre',
  'party_deputy',
  'npc_deputy',
  'cppcc_member',
  'village_representative',
] as const;
export type JurorCategory = (typeof JUROR_CATEGORIES)[number];

export const JUROR_CATEGORY_LABELS: Record<JurorCategory, string> = {
  township_leader: '乡领导',
  station_head: '站办所负责人',
  contact_cadre: '包村干部',
  party_deputy: '党代表',
  npc_deputy: '人大代表',
  cppcc_member: '政协委员',
  village_representative: '村党员群众代表',
};

/** setup: being prepared; running: reporters are called one by one; finished: every result is in. */
export const JURY_MEETING_STATUSES = ['setup', 'running', 'finished'] as const;
export type JuryMeetingStatus = (typeof JURY_MEETING_STATUSES)[number];

export const JURY_MEETING_STATUS_LABELS: Record<JuryMeetingStatus, string> = {
  setup: '筹备中',
  running: '进行中',
  finished: '已结束',
};

/** Where a tie between a juror and a village comes from. */
export const TIE_SOURCES = ['own_village', 'contact', 'office', 'declared'] as const;
export type TieSource = (typeof TIE_SOURCES)[number];

export const TIE_SOURCE_LABELS: Record<TieSource, string> = {
  own_village: '本村代表',
  contact: '包村（联系村）',
  office: '考评办登记',
  declared: '评委本人申报',
};

/** How a reporter's result is waiting, being taken, or in. */
export const REPORTER_STATUSES = ['waiting', 'reporting', 'done'] as const;
export type ReporterStatus = (typeof REPORTER_STATUSES)[number];

export const REPORTER_STATUS_LABELS: Record<ReporterStatus, string> = {
  waiting: '待述职',
  reporting: '正在述职',
  done: '已述职',
};

/** A score comes from the juror's phone or from a paper sheet keyed in twice. */
export const SCORE_SOURCES = ['phone', 'paper'] as const;
export type ScoreSource = (typeof SCORE_SOURCES)[number];
