/** What a villager supervisor saw of a pledge (村民监督员监督报告的评价). */
export const ASSESSMENTS = ['on_track', 'behind', 'not_seen'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];
export const ASSESSMENT_LABELS: Record<Assessment, string> = {
  on_track: '进展正常',
  behind: '进度滞后',
  not_seen: '未见落实',
};

/** 宣传培训: a training of cadres, or publicity to party members and villagers. */
export const SESSION_KINDS = ['training', 'publicity'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export const SESSION_KIND_LABELS: Record<SessionKind, string> = { training: '培训', publicity: '宣传' };

/** Where a rectification demand (整改要求) stands. */
export const RECTIFICATION_STATES = ['open', 'overdue', 'closed'] as const;
export type RectificationState = (typeof RECTIFICATION_STATES)[number];
export const RECTIFICATION_STATE_LABELS: Record<RectificationState, string> = {
  open: '整改中',
  overdue: '逾期未整改',
  closed: '整改完成',
};

/** Meetings that may elect villager supervisors (由村民自主选举). */
export const ELECTING_MEETING_KINDS = ['villager_assembly', 'representative_assembly'] as const;
