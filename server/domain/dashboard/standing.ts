import { daysBetween } from '../local-time.ts';
import type { ProgressStatus } from '../progress/report.ts';

/**
 * Where an approved pledge stands on the township's today (the dashboard, DESIGN §2.6): its latest
 * progress, whether its due date has passed undone, whether it has gone without news too long.
 * Pure: the dashboard page, its .xlsx and its tests all use these rules.
 */

/** The dashboard's buckets: the latest report's status, or 'no_report' when none was filed. */
export const STANDING_STATUSES = ['done', 'in_progress', 'blocked', 'not_started', 'no_report'] as const;
export type StandingStatus = (typeof STANDING_STATUSES)[number];

export const STANDING_LABELS: Record<StandingStatus, string> = {
  done: '已完成',
  in_progress: '正在推进',
  blocked: '遇到困难',
  not_started: '未开始',
  no_report: '未报进展',
};

/** A pledge without a report for this many days (and not done) has "no progress" (长期无进展). */
export const STALE_AFTER_DAYS = 60;

/** What the rules look at: the pledge's due date and its latest progress report, if any. */
export type PledgeProgressFact = {
  dueDate: string;
  latest: { status: ProgressStatus; percent: number; reportDate: string } | null;
};

export type PledgeStanding = {
  status: StandingStatus;
  percent: number;
  /** Due date before today and not done. */
  overdue: boolean;
  /** Not done, and no report for STALE_AFTER_DAYS days (or none at all once the year is that old). */
  stalled: boolean;
};

export function pledgeStanding(fact: PledgeProgressFact, today: string, yearStart: string): PledgeStanding {
  const { latest } = fact;
  const status: StandingStatus = latest?.status ?? 'no_report';
  const done = status === 'done';
  const lastNews = latest?.reportDate ?? yearStart;
  return {
    status,
    percent: latest?.percent ?? 0,
    overdue: !done && fact.dueDate < today,
    stalled: !done && daysBetween(lastNews, today) >= STALE_AFTER_DAYS,
  };
}

/** A village's pledges summed up: counts per status, how many are overdue or stalled, and why it is behind. */
export type VillageStanding = {
  total: number;
  byStatus: Record<StandingStatus, number>;
  overdue: number;
  stalled: number;
  blocked: number;
  /** Average percent of its pledges (0 with none). */
  averagePercent: number;
  /** Falls behind: any pledge overdue, stalled or blocked. */
  behind: boolean;
  /** Why, in Chinese (empty when not behind). */
  reasons: string[];
};

export function villageStanding(standings: PledgeStanding[]): VillageStanding {
  const byStatus = Object.fromEntries(STANDING_STATUSES.map((s) => [s, 0])) as Record<StandingStatus, number>;
  for (const s of standings) byStatus[s.status] += 1;
  const overdue = standings.filter((s) => s.overdue).length;
  const stalled = standings.filter((s) => s.stalled).length;
  const blocked = byStatus.blocked;
  const reasons = [
    overdue > 0 && `${overdue} 项已过完成时限仍未完成`,
    stalled > 0 && `${stalled} 项超过 ${STALE_AFTER_DAYS} 天没有进展`,
    blocked > 0 && `${blocked} 项遇到困难`,
  ].filter((r): r is string => r !== false);
  const sum = standings.reduce((n, s) => n + s.percent, 0);
  return {
    total: standings.length,
    byStatus,
    overdue,
    stalled,
    blocked,
    averagePercent: standings.length ? Math.round(sum / standings.length) : 0,
    behind: reasons.length > 0,
    reasons,
  };
}
