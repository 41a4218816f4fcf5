/**
 * Before a year's results are confirmed, who will face a removal case (DESIGN §2.5) once they are:
 * a cadre 不合格 the year before is one failed year from a case. When this year's 民主测评 is already
 * certified unqualified, the grade can only be 不合格 (DESIGN §2.4) and the case is certain; otherwise
 * it is a warning. The chain rule itself is removal-chain.ts's, applied to a failed year assumed
 * now, so what is foretold here is exactly what entering 奖惩 opens.
 */
import { type RemovalMeasure, removalTriggers, type YearStanding } from './removal-chain.ts';

/** Where this year stands for the cadre while it is still being evaluated. */
export type ThisYear =
  | { kind: 'excluded' }
  | { kind: 'pending'; unqualifiedByVillage: boolean }
  | { kind: 'confirmed'; grade: string };

export type RemovalOutlookFacts = {
  year: number;
  /** The person's standings in earlier years (later ones are ignored). */
  history: readonly YearStanding[];
  thisYear: ThisYear;
  /** This year's posts and village: where a case would be brought. */
  isSecretary: boolean;
  isDirector: boolean;
  villageId: string;
  failGrade: string;
};

export type RemovalOutlook = {
  /** The failed year before this one. */
  previousYear: number;
  /** True when this year's 不合格 is already settled (unqualified village evaluation, or confirmed). */
  certain: boolean;
  measures: RemovalMeasure[];
  text: string;
};

export function removalOutlook(f: RemovalOutlookFacts): RemovalOutlook | null {
  if (f.thisYear.kind === 'excluded') return null;
  if (f.thisYear.kind === 'confirmed' && f.thisYear.grade !== f.failGrade) return null;
  const assumed: YearStanding = {
    year: f.year,
    kind: 'graded',
    grade: f.failGrade,
    isSecretary: f.isSecretary,
    isDirector: f.isDirector,
    villageId: f.villageId,
    unqualifiedByVillage: f.thisYear.kind === 'pending' && f.thisYear.unqualifiedByVillage,
  };
  const earlier = f.history.filter((s) => s.year < f.year);
  const trigger = removalTriggers([...earlier, assumed], f.failGrade).find((t) => t.years[1] === f.year);
  if (!trigger) return null;
  const previousYear = trigger.years[0];
  const certain = f.thisYear.kind === 'confirmed' || f.thisYear.unqualifiedByVillage;
  const before = `${previousYear}年度考评等次为“${f.failGrade}”`;
  const text =
    f.thisYear.kind === 'confirmed'
      ? `${before}，${f.year}年度考评结果已确认为“${f.failGrade}”，进入奖惩阶段即启动免职（罢免）程序`
      : certain
        ? `${before}，${f.year}年度民主测评不满意票超过半数，本年度等次必为“${f.failGrade}”：考评结果确认、进入奖惩阶段后将启动免职（罢免）程序`
        : `${before}，本年度如再评为“${f.failGrade}”，将启动免职（罢免）程序`;
  return { previousYear, certain, measures: trigger.measures, text };
}
