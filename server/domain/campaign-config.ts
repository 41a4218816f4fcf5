/** Every configurable value of DESIGN §2, with the defaults a township starts from. */
import { DEFAULT_LETTER_DUE_DAYS } from './letters.ts';

export type GradeBand = { label: string; minScore: number };

export const JURY_MISSING_POLICIES = ['leave_out', 'wait'] as const;
export type JuryMissingPolicy = (typeof JURY_MISSING_POLICIES)[number];

export type CampaignConfig = {
  /** 每人承诺事项原则上不少于 N 件. */
  minItemsPerPerson: number;
  /** 一人兼: the one pledge set needs the minimum once, or twice. */
  dualPostMinimum: 'once' | 'twice';
  categories: string[];
  /** Pairs of secretary/director pledges above this similarity (0..1) are flagged as overlapping. */
  overlapThreshold: number;
  /** Pledges must be confirmed by this date (YYYY-MM-DD). */
  commitmentDeadline: string;
  /** Denominator of the "more than half 不满意" rule. */
  voteDenominator: 'valid' | 'cast' | 'attendees';
  /** Quorum rules: 村民委员会组织法 2018 text or the 2025 revision. */
  quorumPreset: 'law2018' | 'law2025';
  evaluationScores: { satisfied: number; basicallySatisfied: number; unsatisfied: number };
  /** Drop one highest and one lowest jury score when at least this many scores exist. */
  juryTrimMinScores: number;
  jurySubCriteria: { name: string; maxScore: number }[];
  /**
   * A juror's missing score at the 乡集中述职: 'leave_out' (the result is taken over the others once the
   * office moves on) or 'wait' (the result waits for it, e.g. a paper sheet). Configs stored before
   * this key existed lack it: read it with `juryMissingPolicyOf`.
   */
  juryMissingPolicy: JuryMissingPolicy;
  inspectionWeights: { progress: number; recognition: number };
  compositeWeights: { village: number; jury: number; inspection: number };
  /** Grade bands, best first; below the last band → failGrade. */
  grades: GradeBand[];
  failGrade: string;
  /** Optional cap on the share of the top grade (0..1), null for none. */
  topGradeCap: number | null;
  /** Performance pay coefficient per grade label. */
  payCoefficients: Record<string, number>;
  /** Optional: an admonishment talk also when 不满意 reaches this share of valid votes. */
  admonishUnsatisfiedShare: number | null;
  /** 公示期 in days (never under 5). */
  publicityDays: number;
  /** Objection window in days, within the publicity period. */
  objectionDays: number;
  /**
   * 监督信箱: days the office has to answer a letter, counted from the day it assigns it (or the letter
   * reopens). Configs stored before this key existed lack it: read it with `letterDueDaysOf`.
   */
  letterDueDays: number;
};

export const DEFAULT_CATEGORIES = [
  '经济发展',
  '改善环境',
  '社会治安',
  '民主法制',
  '精神文明',
  '党的建设',
  '民生实事',
];

export function defaultCampaignConfig(year: number): CampaignConfig {
  return {
    minItemsPerPerson: 3,
    dualPostMinimum: 'once',
    categories: [...DEFAULT_CATEGORIES],
    // 0.45, not 0.55: with the IDF-weighted measure of domain/pledging/overlap.ts real near-duplicates
    // score from about 0.53 up and distinct same-topic pairs at most about 0.3 (see overlap.test.ts).
    overlapThreshold: 0.45,
    commitmentDeadline: `${year}-03-31`,
    voteDenominator: 'valid',
    quorumPreset: 'law2018',
    evaluationScores: { satisfied: 100, basicallySatisfied: 75, unsatisfied: 55 },
    juryTrimMinScores: 5,
    jurySubCriteria: [],
    juryMissingPolicy: 'leave_out',
    inspectionWeights: { progress: 60, recognition: 40 },
    compositeWeights: { village: 30, jury: 30, inspection: 40 },
    grades: [
      { label: '优秀', minScore: 90 },
      { label: '合格', minScore: 75 },
      { label: '基本合格', minScore: 60 },
    ],
    failGrade: '不合格',
    topGradeCap: null,
    payCoefficients: { 优秀: 1.2, 合格: 1.0, 基本合格: 0.8, 不合格: 0.5 },
    admonishUnsatisfiedShare: null,
    publicityDays: 7,
    objectionDays: 5,
    letterDueDays: DEFAULT_LETTER_DUE_DAYS,
  };
}

/** The missing-score policy of a config, also of one stored before the key existed ('leave_out'). */
export const juryMissingPolicyOf = (config: Partial<CampaignConfig>): JuryMissingPolicy =>
  config.juryMissingPolicy === 'wait' ? 'wait' : 'leave_out';

/** A letter's answer period allowed in a config (days). */
export const LETTER_DUE_DAYS_RANGE = { min: 1, max: 60 } as const;

const isLetterDueDays = (n: unknown): n is number =>
  Number.isInteger(n) &&
  (n as number) >= LETTER_DUE_DAYS_RANGE.min &&
  (n as number) <= LETTER_DUE_DAYS_RANGE.max;

/** The letter answer period of a config, also of one stored before the key existed (15 days). */
export const letterDueDaysOf = (config: Partial<CampaignConfig> | null | undefined): number =>
  isLetterDueDays(config?.letterDueDays) ? config.letterDueDays : DEFAULT_LETTER_DUE_DAYS;

export type ConfigProblem = { field: string; message: string };

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** 公示期 is never under five days (DESIGN §2.6). */
export const MIN_PUBLICITY_DAYS = 5;

/** A real YYYY-MM-DD date (2027-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

type Add = (field: string, message: string) => void;

function weightProblems(config: CampaignConfig, add: Add) {
  const cw = config.compositeWeights;
  const composite = sum([cw.village, cw.jury, cw.inspection]);
  if (composite !== 100) add('compositeWeights', `综合考评权重之和必须为 100（现为 ${composite}）`);
  const iw = config.inspectionWeights;
  if (iw.progress + iw.recognition !== 100) {
    add('inspectionWeights', `实地考核权重之和必须为 100（现为 ${iw.progress + iw.recognition}）`);
  }
  const s = config.evaluationScores;
  if (!(s.satisfied >= s.basicallySatisfied && s.basicallySatisfied >= s.unsatisfied)) {
    add('evaluationScores', '测评分值应满足：满意 ≥ 基本满意 ≥ 不满意');
  }
  const criteria = config.jurySubCriteria;
  if (criteria.length === 0) return;
  if (new Set(criteria.map((c) => c.name)).size !== criteria.length) {
    add('jurySubCriteria', '评分细项名称不能重复');
  }
  const total = sum(criteria.map((c) => c.maxScore));
  if (total !== 100) add('jurySubCriteria', `评分细项满分之和必须为 100（现为 ${total}）`);
}

function gradeProblems(config: CampaignConfig, add: Add) {
  config.grades.forEach((band, i) => {
    const prev = config.grades[i - 1];
    if (prev && band.minScore >= prev.minScore) {
      add(`grades.${i}.minScore`, `等次“${band.label}”的分数线必须低于“${prev.label}”的分数线`);
    }
  });
  const labels = [...config.grades.map((g) => g.label), config.failGrade];
  if (new Set(labels).size !== labels.length) add('grades', '等次名称不能重复');
  for (const label of labels) {
    if (!Object.hasOwn(config.payCoefficients, label)) {
      add('payCoefficients', `缺少等次“${label}”的绩效系数`);
    }
  }
  for (const label of Object.keys(config.payCoefficients)) {
    if (!labels.includes(label)) add('payCoefficients', `绩效系数中的“${label}”不是已设置的等次`);
  }
  if (config.admonishUnsatisfiedShare !== null && config.admonishUnsatisfiedShare >= 0.5) {
    add('admonishUnsatisfiedShare', '诫勉谈话的不满意票比例应低于一半（过半即为不合格）');
  }
}

function calendarProblems(config: CampaignConfig, year: number, add: Add) {
  if (!isCalendarDate(config.commitmentDeadline)) {
    add('commitmentDeadline', '承诺截止日期不是有效日期（格式为 YYYY-MM-DD）');
  } else if (!config.commitmentDeadline.startsWith(`${year}-`)) {
    add('commitmentDeadline', `承诺截止日期必须在 ${year} 年内`);
  }
  if (config.publicityDays < MIN_PUBLICITY_DAYS) {
    add('publicityDays', `公示期不能少于 ${MIN_PUBLICITY_DAYS} 天`);
  }
  if (config.objectionDays > config.publicityDays) add('objectionDays', '异议期不能长于公示期');
  if (!isLetterDueDays(config.letterDueDays)) {
    const { min, max } = LETTER_DUE_DAYS_RANGE;
    add('letterDueDays', `监督信箱答复期限应为 ${min} 至 ${max} 天的整数`);
  }
}

/**
 * Cross-field rules the shape schema cannot express, each naming the config field it is about.
 * Empty when the config is sound.
 */
export function configProblems(config: CampaignConfig, year: number): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const add: Add = (field, message) => problems.push({ field, message });
  weightProblems(config, add);
  gradeProblems(config, add);
  calendarProblems(config, year, add);
  if (new Set(config.categories).size !== config.categories.length) add('categories', '承诺类别不能重复');
  return problems;
}
