import { z } from 'zod';
import {
  CAMPAIGN_SUPERVISION_ACTIONS,
  PLEDGE_SUPERVISION_ACTIONS,
  RECTIFICATION_ACTIONS,
  SUPERVISOR_ACTIONS,
  VILLAGE_SUPERVISION_ACTIONS,
} from '../../domain/policies/supervision.ts';
import { ASSESSMENTS, RECTIFICATION_STATES, SESSION_KINDS } from '../../domain/supervision/kinds.ts';
import { isoDate } from '../../http/date-fields.ts';
import { fileView } from '../files/files.schema.ts';

export const fieldLabels: Record<string, string> = {
  meetingId: '选举会议',
  termStart: '任期开始',
  termEnd: '任期结束',
  elected: '当选人员',
  personId: '人员',
  name: '姓名',
  votes: '得票数',
  openAccount: '开设账号',
  observedOn: '监督日期',
  observation: '看到的情况',
  assessment: '评价',
  photos: '照片',
  checkedOn: '检查日期',
  members: '督察组成员',
  userId: '账号',
  villages: '检查的村',
  pledgeId: '承诺事项',
  villageId: '村',
  findings: '发现的问题',
  rectifications: '整改要求',
  demand: '整改要求',
  dueDate: '整改期限',
  responsible: '责任人',
  followedOn: '跟进日期',
  note: '跟进情况',
  closes: '整改完成',
  villageIds: '联系村',
  visitedOn: '走访日期',
  discussed: '了解和指导的内容',
  followUps: '后续事项',
  heldOn: '日期',
  kind: '类型',
  topic: '主题',
  place: '地点',
  attendeePersonIds: '参加人员',
  othersCount: '其他参加人数',
};

const text = (max: number, what = '不能为空') => z.string().trim().min(1, what).max(max);
const id = z.uuid('编号格式不正确');

export const campaignParams = z.strictObject({ campaignId: id });
export const idParams = z.strictObject({ id });
export const villageFilter = z.strictObject({ villageId: id.optional() });
export const reportsQuery = z.strictObject({ villageId: id.optional(), pledgeId: id.optional() });

export const electionBody = z.strictObject({
  meetingId: id,
  termStart: isoDate,
  termEnd: isoDate,
  elected: z
    .array(
      z.strictObject({
        /** A person of the village's roster; or `name` to add them to it. */
        personId: id.optional(),
        name: text(50).optional(),
        votes: z.int('应为整数').min(1, '至少 1 票').max(1_000_000),
        openAccount: z.boolean(),
      }),
    )
    .min(1, '请至少填写一名当选人员')
    .max(15, '最多 15 人'),
});
export type ElectionBody = z.infer<typeof electionBody>;

/** A report's form fields (sent as multipart text fields, with up to six photos). */
export const reportBody = z.strictObject({
  observedOn: isoDate,
  observation: text(2000, '请写下看到的情况'),
  assessment: z.enum(ASSESSMENTS, '请选择评价'),
});
export type ReportBody = z.infer<typeof reportBody>;

export const checkBody = z.strictObject({
  checkedOn: isoDate,
  members: z
    .array(z.strictObject({ name: text(50), userId: id.optional() }))
    .min(1, '请填写督察组成员')
    .max(20),
  villages: z
    .array(
      z.strictObject({
        villageId: id,
        findings: text(4000, '请填写发现的问题（没有问题也写明）'),
        rectifications: z
          .array(z.strictObject({ demand: text(1000), dueDate: isoDate, responsible: text(50) }))
          .max(20),
      }),
    )
    .min(1, '请至少选择一个村')
    .max(50),
});
export type CheckBody = z.infer<typeof checkBody>;

export const followUpBody = z.strictObject({
  followedOn: isoDate,
  note: text(2000, '请填写跟进情况'),
  closes: z.boolean(),
});
export type FollowUpBody = z.infer<typeof followUpBody>;

export const contactsBody = z.strictObject({
  villageIds: z.array(id).min(1, '每位乡领导至少联系一个村').max(50),
});

export const visitBody = z.strictObject({
  villageId: id,
  visitedOn: isoDate,
  discussed: text(2000, '请填写了解和指导的内容'),
  followUps: z.string().trim().max(2000).optional(),
});
export type VisitBody = z.infer<typeof visitBody>;

export const sessionBody = z.strictObject({
  heldOn: isoDate,
  kind: z.enum(SESSION_KINDS, '应为培训或宣传'),
  topic: text(200),
  place: text(100),
  villageId: id.optional(),
  attendeePersonIds: z.array(id).max(500),
  othersCount: z.int('应为整数').min(0).max(100_000),
});
export type SessionBody = z.infer<typeof sessionBody>;

const assessment = z.enum(ASSESSMENTS);

export const supervisorView = z.object({
  id: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  personId: z.string(),
  name: z.string(),
  votes: z.number(),
  termStart: z.string(),
  termEnd: z.string(),
  inTerm: z.boolean(),
  meetingId: z.string(),
  meetingTitle: z.string(),
  meetingKindLabel: z.string(),
  electedOn: z.string(),
  username: z.string().nullable(),
  allowedActions: z.array(z.enum(SUPERVISOR_ACTIONS)),
});

export const slip = z.object({
  account: z.object({ id: z.string(), username: z.string(), displayName: z.string() }).loose(),
  firstPassword: z.string(),
});

export const electionResult = z.object({ supervisors: z.array(supervisorView), slips: z.array(slip) });

export const reportView = z.object({
  id: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  pledgeId: z.string(),
  pledgeTitle: z.string(),
  cadreName: z.string(),
  authorName: z.string(),
  observedOn: z.string(),
  observation: z.string(),
  assessment,
  assessmentLabel: z.string(),
  photos: z.array(fileView),
  createdAt: z.date(),
});

export const supervisedPledge = z.object({
  id: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  cadreName: z.string(),
  category: z.string(),
  title: z.string(),
  completionStandard: z.string(),
  dueDate: z.string(),
  reports: z.number(),
  latestAssessment: assessment.nullable(),
  latestAssessmentLabel: z.string().nullable(),
  latestObservedOn: z.string().nullable(),
  allowedActions: z.array(z.enum(PLEDGE_SUPERVISION_ACTIONS)),
});

export const followUpView = z.object({
  id: z.string(),
  followedOn: z.string(),
  note: z.string(),
  closes: z.boolean(),
  authorName: z.string(),
});

export const rectificationView = z.object({
  id: z.string(),
  checkId: z.string(),
  checkedOn: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  demand: z.string(),
  dueDate: z.string(),
  responsible: z.string(),
  closedOn: z.string().nullable(),
  state: z.enum(RECTIFICATION_STATES),
  stateLabel: z.string(),
  followUps: z.array(followUpView),
  allowedActions: z.array(z.enum(RECTIFICATION_ACTIONS)),
});

export const checkView = z.object({
  id: z.string(),
  checkedOn: z.string(),
  members: z.array(z.object({ name: z.string(), userId: z.string().nullable() })),
  recordedBy: z.string(),
  villages: z.array(
    z.object({
      villageId: z.string(),
      villageName: z.string(),
      findings: z.string(),
      rectifications: z.array(rectificationView),
    }),
  ),
});

export const leaderView = z.object({
  userId: z.string(),
  displayName: z.string(),
  villages: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const visitView = z.object({
  id: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  leaderName: z.string(),
  visitedOn: z.string(),
  discussed: z.string(),
  followUps: z.string().nullable(),
});

export const sessionView = z.object({
  id: z.string(),
  heldOn: z.string(),
  kind: z.enum(SESSION_KINDS),
  kindLabel: z.string(),
  topic: z.string(),
  place: z.string(),
  villageId: z.string().nullable(),
  villageName: z.string().nullable(),
  attendees: z.array(z.object({ id: z.string(), name: z.string() })),
  othersCount: z.number(),
  total: z.number(),
});

export const supervisionSummary = z.object({
  campaign: z.object({ id: z.string(), year: z.number(), phase: z.string(), phaseLabel: z.string() }),
  today: z.string(),
  allowedActions: z.array(z.enum(CAMPAIGN_SUPERVISION_ACTIONS)),
  /** The villages the caller works on (a leader: their contact villages), with what they may do there. */
  villages: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      allowedActions: z.array(z.enum(VILLAGE_SUPERVISION_ACTIONS)),
    }),
  ),
  rectifications: z.object({ open: z.number(), overdue: z.number() }),
});
