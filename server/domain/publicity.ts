/**
 * 公示 (DESIGN §2.6): what may be published, and the dates of a publication's period and objection
 * window. Pure: the caller passes "today" as the township's local date (local-time.ts).
 */
import { MIN_PUBLICITY_DAYS } from './campaign-config.ts';
import { addDays } from './local-time.ts';

/**
 * What a publication shows. Each kind names the scope it is published at and whether it is about one
 * participant; later kinds (results, commendations) are added here and nowhere else.
 */
export const PUBLICATION_KIND_RULES = {
  /** 考评活动方案: the township's campaign plan. */
  plan: { label: '考评活动方案', scope: 'township', participant: 'none' },
  /** 承诺事项: a village's (or one cadre's) approved pledges. */
  pledges: { label: '承诺事项', scope: 'village', participant: 'optional' },
  /** 践诺情况: progress on those pledges. */
  progress: { label: '践诺情况', scope: 'village', participant: 'optional' },
  /** 考评结果: year-end evaluation results. */
  results: { label: '考评结果', scope: 'either', participant: 'optional' },
  /** 表彰: commendations. */
  commendation: { label: '表彰决定', scope: 'either', participant: 'optional' },
  /** 候选人竞职承诺: a village's 换届 candidates' speeches and public pledges (server/modules/elections). */
  candidates: { label: '候选人竞职承诺', scope: 'village', participant: 'none' },
} as const satisfies Record<
  string,
  { label: string; scope: 'township' | 'village' | 'either'; participant: 'none' | 'optional' }
>;

export type PublicationKind = keyof typeof PUBLICATION_KIND_RULES;
export const PUBLICATION_KINDS = Object.keys(PUBLICATION_KIND_RULES) as [
  PublicationKind,
  ...PublicationKind[],
];

export const publicationKindLabel = (kind: PublicationKind) => PUBLICATION_KIND_RULES[kind].label;

/** The longest 公示期 the office may set (a sanity bound on typing errors). */
export const MAX_PUBLICITY_DAYS = 60;

/** Last day of the 公示期 (inclusive): a 7-day period starting 2026-11-26 ends on 2026-12-02. */
export const publicityEndDate = (startDate: string, periodDays: number) => addDays(startDate, periodDays - 1);

/** Last day objections are taken: the first `objectionDays` days of the period, never past its end. */
export function objectionEndDate(startDate: string, periodDays: number, objectionDays: number): string {
  return addDays(startDate, Math.max(1, Math.min(objectionDays, periodDays)) - 1);
}

export type PublicationDates = { startDate: string; periodDays: number; objectionEndDate: string };

export type PublicationStatus = 'scheduled' | 'in_period' | 'ended' | 'withdrawn';

export const PUBLICATION_STATUS_LABELS: Record<PublicationStatus, string> = {
  scheduled: '未开始',
  in_period: '公示中',
  ended: '已结束',
  withdrawn: '已撤回',
};

/** Where a publication stands on `today` (the township's local date). */
export function publicationStatus(
  p: PublicationDates & { withdrawn: boolean },
  today: string,
): PublicationStatus {
  if (p.withdrawn) return 'withdrawn';
  if (today < p.startDate) return 'scheduled';
  return today <= publicityEndDate(p.startDate, p.periodDays) ? 'in_period' : 'ended';
}

/** Are objections taken on `today`: from the first day to the window's last, unless withdrawn. */
export const objectionsOpen = (p: PublicationDates & { withdrawn: boolean }, today: string) =>
  !p.withdrawn && p.startDate <= today && today <= p.objectionEndDate;

export type PublicationProblem = { field: string; message: string };

/**
 * What is wrong with a publication's period and scope before it is stored (empty when sound).
 * The period is never under five days (DESIGN §2.6); the objection window lies within it.
 */
export function publicationProblems(input: {
  kind: PublicationKind;
  villageId: string | null;
  participantId: string | null;
  periodDays: number;
  objectionDays: number;
}): PublicationProblem[] {
  const problems: PublicationProblem[] = [];
  const rule = PUBLICATION_KIND_RULES[input.kind];
  const { periodDays, objectionDays } = input;
  if (!Number.isInteger(periodDays) || periodDays < MIN_PUBLICITY_DAYS) {
    problems.push({ field: 'periodDays', message: `公示期不能少于 ${MIN_PUBLICITY_DAYS} 天` });
  } else if (periodDays > MAX_PUBLICITY_DAYS) {
    problems.push({ field: 'periodDays', message: `公示期不能超过 ${MAX_PUBLICITY_DAYS} 天` });
  }
  if (!Number.isInteger(objectionDays) || objectionDays < 1) {
    problems.push({ field: 'objectionDays', message: '异议期至少 1 天' });
  } else if (objectionDays > periodDays) {
    problems.push({ field: 'objectionDays', message: '异议期不能长于公示期' });
  }
  if (rule.scope === 'township' && input.villageId) {
    problems.push({ field: 'villageId', message: `${rule.label}在全乡公示，不选村` });
  }
  if (rule.scope === 'village' && !input.villageId) {
    problems.push({ field: 'villageId', message: `${rule.label}按村公示，请选择村` });
  }
  if (rule.participant === 'none' && input.participantId) {
    problems.push({ field: 'participantId', message: `${rule.label}不针对个人，不选承诺人` });
  }
  if (input.participantId && !input.villageId) {
    problems.push({ field: 'villageId', message: '针对个人的公示请选择其所在村' });
  }
  return problems;
}
