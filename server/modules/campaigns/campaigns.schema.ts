import { z } from 'zod';
import {
  type CampaignConfig,
  JURY_MISSING_POLICIES,
  LETTER_DUE_DAYS_RANGE,
} from '../../domain/campaign-config.ts';
import { DEFAULT_LETTER_DUE_DAYS } from '../../domain/letters.ts';
import { PHASE_LABELS, PHASES } from '../../domain/phases.ts';
import { isoDate } from '../../http/date-fields.ts';

// Labels of this module's routes only (a field of the same name elsewhere keeps its own label); generic
// nested keys (village, progress…) are given by full path, as the config form shows them.
export const fieldLabels: Record<string, string> = {
  config: '考评设置',
  to: '目标阶段',
  minItemsPerPerson: '每人最少承诺事项数',
  dualPostMinimum: '一肩挑的最少事项要求',
  categories: '承诺类别',
  overlapThreshold: '书记、主任承诺重复的相似度阈值',
  commitmentDeadline: '承诺截止日期',
  voteDenominator: '过半数的计算基数',
  quorumPreset: '会议法定人数依据',
  evaluationScores: '民主测评分值',
  'config.evaluationScores.satisfied': '“满意”分值',
  'config.evaluationScores.basicallySatisfied': '“基本满意”分值',
  'config.evaluationScores.unsatisfied': '“不满意”分值',
  juryTrimMinScores: '去掉最高最低分的最少评分数',
  jurySubCriteria: '评委评分细项',
  juryMissingPolicy: '评委缺评的处理',
  maxScore: '满分',
  inspectionWeights: '实地考核权重',
  'config.inspectionWeights.progress': '实地考核中进度的权重',
  'config.inspectionWeights.recognition': '实地考核中群众认可度的权重',
  compositeWeights: '综合考评权重',
  'config.compositeWeights.village': '村级民主测评权重',
  'config.compositeWeights.jury': '乡集中述职权重',
  'config.compositeWeights.inspection': '实地考核权重',
  grades: '考评等次',
  label: '名称',
  minScore: '分数线',
  failGrade: '不合格等次名称',
  topGradeCap: '优秀等次比例上限',
  payCoefficients: '绩效报酬系数',
  admonishUnsatisfiedShare: '诫勉谈话的不满意票比例',
  publicityDays: '公示期（天）',
  objectionDays: '异议期（天）',
  letterDueDays: '监督信箱答复期限（天）',
  date: '立案日期',
};

const label = z.string().trim().min(1).max(20);
const percent = z.number().int().min(0).max(100);

/** The shape of CampaignConfig; cross-field rules are domain/campaign-config.ts configProblems. */
export const campaignConfigSchema = z.strictObject({
  minItemsPerPerson: z.number().int().min(1).max(20),
  dualPostMinimum: z.enum(['once', 'twice']),
  categories: z.array(label).min(1).max(20),
  overlapThreshold: z.number().min(0.1).max(1),
  commitmentDeadline: isoDate,
  voteDenominator: z.enum(['valid', 'cast', 'attendees']),
  quorumPreset: z.enum(['law2018', 'law2025']),
  evaluationScores: z.strictObject({ satisfied: percent, basicallySatisfied: percent, unsatisfied: percent }),
  juryTrimMinScores: z.number().int().min(3).max(100),
  jurySubCriteria: z
    .array(
      z.strictObject({ name: z.string().trim().min(1).max(40), maxScore: z.number().int().min(1).max(100) }),
    )
    .max(10),
  // Optional in a request (forms of older pages leave it out): the default of domain/campaign-config.ts.
  juryMissingPolicy: z
    .enum(JURY_MISSING_POLICIES, { error: '只能是：不计入、等待补评' })
    .default('leave_out'),
  inspectionWeights: z.strictObject({ progress: percent, recognition: percent }),
  compositeWeights: z.strictObject({ village: percent, jury: percent, inspection: percent }),
  grades: z
    .array(z.strictObject({ label, minScore: percent }))
    .min(1)
    .max(6),
  failGrade: label,
  topGradeCap: z.number().gt(0).max(1).nullable(),
  payCoefficients: z
    .record(label, z.number().min(0).max(5))
    .refine((r) => Object.keys(r).length <= 7, '最多设置 7 个等次的绩效系数'),
  admonishUnsatisfiedShare: z.number().gt(0).max(1).nullable(),
  publicityDays: z.number().int().min(1).max(60),
  objectionDays: z.number().int().min(1).max(60),
  // Optional in a request (forms of older pages leave it out): the default of domain/campaign-config.ts.
  letterDueDays: z
    .number()
    .int()
    .min(LETTER_DUE_DAYS_RANGE.min)
    .max(LETTER_DUE_DAYS_RANGE.max)
    .default(DEFAULT_LETTER_DUE_DAYS),
});

/** Compile-time guard: the schema and the domain type describe the same object. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesDomain: Same<z.infer<typeof campaignConfigSchema>, CampaignConfig> = true;
void schemaMatchesDomain;

export const campaignIdParams = z.strictObject({ id: z.uuid() });
export const participantIdParams = z.strictObject({ id: z.uuid() });

export const createCampaignBody = z.strictObject({ year: z.number().int().min(2000).max(2100) });
export const updateConfigBody = z.strictObject({
  config: campaignConfigSchema,
  reason: z.string().trim().max(200).optional(),
});
const phaseChoices = PHASES.map((p) => PHASE_LABELS[p]).join('、');
export const transitionBody = z.strictObject({
  to: z.enum(PHASES, { error: `只能是：${phaseChoices}` }),
});

export const excludeBody = z.strictObject({
  reason: z.string().trim().min(1, '请填写排除原因').max(200),
  date: isoDate,
});
export const reinstateBody = z.strictObject({ reason: z.string().trim().min(1, '请填写恢复原因').max(200) });

const phase = z.enum(PHASES);

export const campaignSummary = z.object({
  id: z.string(),
  townshipId: z.string(),
  townshipName: z.string(),
  year: z.number(),
  phase,
  phaseLabel: z.string(),
  participantCount: z.number(),
  excludedCount: z.number(),
});

export const campaignDetail = z.object({
  id: z.string(),
  townshipId: z.string(),
  year: z.number(),
  phase,
  phaseLabel: z.string(),
  config: campaignConfigSchema,
  defaults: campaignConfigSchema,
  nextPhase: phase.nullable(),
  nextPhaseLabel: z.string().nullable(),
  nextPhaseRefusals: z.array(z.string()),
  sealHash: z.string().nullable(),
  sealedAt: z.date().nullable(),
});

const post = z.enum(['party_secretary', 'committee_director']);

export const participantView = z.object({
  id: z.string(),
  personId: z.string(),
  name: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  isSecretary: z.boolean(),
  isDirector: z.boolean(),
  roleLabel: z.enum(['党支部书记', '村委会主任', '书记、主任一肩挑']),
  excluded: z.boolean(),
  excludedReason: z.string().nullable(),
  excludedOn: z.string().nullable(),
  positions: z.array(z.object({ post, startDate: z.string(), endDate: z.string().nullable() })),
});

export const sealCheck = z.object({
  sealHash: z.string(),
  currentHash: z.string(),
  intact: z.boolean(),
  /** What the records changed since sealing are called (e.g. 承诺事项). */
  changed: z.array(z.string()),
});

export const syncResult = z.object({ added: z.number(), updated: z.number(), removed: z.number() });
