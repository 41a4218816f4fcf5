import { z } from 'zod';
import { INSPECTION_ITEM_SOURCES, INSPECTION_MEMBER_KINDS } from '../../db/schema/inspection.ts';
import { INSPECTION_STATUSES, RECOGNITION_LEVELS } from '../../domain/evaluation/inspection-score.ts';
import {
  CAMPAIGN_INSPECTION_ACTIONS,
  INSPECTION_PHOTO_ACTIONS,
  INSPECTION_VILLAGE_ACTIONS,
} from '../../domain/policies/inspection.ts';
import { fileView } from '../files/files.schema.ts';
import { reportView } from '../supervision/supervision.schema.ts';

export const NOTE_MAX = 500;

export const fieldLabels: Record<string, string> = {
  name: '考察组名称',
  members: '考察组成员',
  personId: '成员',
  kind: '成员类别',
  leaderPersonId: '组长',
  villageIds: '考核村',
  status: '完成状态',
  progressPercent: '完成进度',
  recognition: '群众认可度',
  note: '考核意见',
  photos: '照片',
  fileId: '照片',
  villageId: '村',
  pledgeId: '承诺事项',
};

export const idParams = z.strictObject({ id: z.uuid() });
export const photoParams = z.strictObject({ id: z.uuid(), fileId: z.uuid() });
export const campaignVillageParams = z.strictObject({ id: z.uuid(), villageId: z.uuid() });

export const teamBody = z.strictObject({
  name: z.string().trim().min(1, '请填写考察组名称').max(40, '不能超过 40 个字'),
  members: z
    .array(
      z.strictObject({
        personId: z.uuid({ error: '请选择人员' }),
        kind: z.enum(INSPECTION_MEMBER_KINDS, { error: '请选择成员类别' }),
      }),
    )
    .min(2, '考察组至少需要 2 名成员')
    .max(15, '考察组最多 15 名成员'),
  leaderPersonId: z.uuid({ error: '请选择组长' }),
});
export type TeamBody = z.infer<typeof teamBody>;

export const assignBody = z.strictObject({
  villageIds: z.array(z.uuid({ error: '村选择有误' })).max(200, '一次最多分配 200 个村'),
});

/** The text fields of an item form (multipart: every value arrives as text). */
export const itemFields = z.strictObject({
  status: z.enum(INSPECTION_STATUSES, { error: '请选择完成状态' }),
  progressPercent: z.coerce
    .number({ error: '应填写数字' })
    .int('应填写整数')
    .min(0, '不能小于 0')
    .max(100, '不能大于 100'),
  recognition: z.enum(RECOGNITION_LEVELS, { error: '请选择群众认可度' }),
  note: z.string().trim().max(NOTE_MAX, `不能超过 ${NOTE_MAX} 个字`).default(''),
});
export type ItemBody = z.infer<typeof itemFields>;

const villageStatus = z.enum(['not_started', 'in_progress', 'submitted']);

const member = z.object({
  personId: z.string(),
  name: z.string(),
  villageName: z.string(),
  kind: z.enum(INSPECTION_MEMBER_KINDS),
  kindLabel: z.string(),
  leader: z.boolean(),
  /** Has an active 考察组成员 account: can record on a phone. */
  hasAccount: z.boolean(),
});

const team = z.object({
  id: z.string(),
  name: z.string(),
  members: z.array(member),
  villageIds: z.array(z.string()),
  /** The caller is on this team. */
  mine: z.boolean(),
});

const villageRow = z.object({
  villageId: z.string(),
  villageName: z.string(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  status: villageStatus,
  statusLabel: z.string(),
  pledges: z.number(),
  inspected: z.number(),
  /** Records the office keyed from the team's paper forms. */
  onPaper: z.number(),
  submittedAt: z.string().nullable(),
  submittedByName: z.string().nullable(),
  locked: z.boolean(),
  lockedAt: z.string().nullable(),
  mine: z.boolean(),
  allowedActions: z.array(z.enum(INSPECTION_VILLAGE_ACTIONS)),
});

const scoredItem = z.object({
  pledgeId: z.string(),
  title: z.string(),
  status: z.enum(INSPECTION_STATUSES).nullable(),
  statusLabel: z.string().nullable(),
  progressPercent: z.number().nullable(),
  recognition: z.number().nullable(),
  recognitionLabel: z.string().nullable(),
  itemScore: z.number().nullable(),
  note: z.string().nullable(),
});

export const overviewView = z.object({
  campaign: z.object({ id: z.string(), year: z.number(), phase: z.string() }),
  weights: z.object({ progress: z.number(), recognition: z.number() }),
  rule: z.string(),
  teams: z.array(team),
  villages: z.array(villageRow),
  participants: z.array(
    z.object({
      participantId: z.string(),
      name: z.string(),
      villageId: z.string(),
      villageName: z.string(),
      score: z.number().nullable(),
      complete: z.boolean(),
      items: z.array(scoredItem),
    }),
  ),
  allowedActions: z.array(z.enum(CAMPAIGN_INSPECTION_ACTIONS)),
});

export type OverviewView = z.infer<typeof overviewView>;

const letterAbout = z.object({
  id: z.string(),
  receivedOn: z.string(),
  /** Whom it is about: the village, or the cadre by name. */
  about: z.string(),
  content: z.string(),
  statusLabel: z.string(),
  answer: z.string().nullable(),
});

const record = z.object({
  status: z.enum(INSPECTION_STATUSES),
  statusLabel: z.string(),
  progressPercent: z.number(),
  recognition: z.enum(RECOGNITION_LEVELS),
  recognitionLabel: z.string(),
  note: z.string(),
  itemScore: z.number(),
  recordedByName: z.string(),
  /** 'paper': keyed by the office (recordedByName) from the team's paper form. */
  source: z.enum(INSPECTION_ITEM_SOURCES),
  updatedAt: z.string(),
  photos: z.array(fileView.extend({ allowedActions: z.array(z.enum(INSPECTION_PHOTO_ACTIONS)) })),
});

export const villageView = z.object({
  campaign: z.object({ id: z.string(), year: z.number(), phase: z.string() }),
  village: villageRow,
  weights: z.object({ progress: z.number(), recognition: z.number() }),
  pledges: z.array(
    z.object({
      pledgeId: z.string(),
      participantId: z.string(),
      cadreName: z.string(),
      category: z.string(),
      title: z.string(),
      content: z.string(),
      completionStandard: z.string(),
      dueDate: z.string(),
      latestProgress: z
        .object({
          statusLabel: z.string(),
          percent: z.number(),
          reportDate: z.string(),
          note: z.string(),
        })
        .nullable(),
      /** Photos of its progress reports, newest report first. */
      progressPhotos: z.array(fileView),
      supervision: z.array(reportView),
      letters: z.array(letterAbout),
      record: record.nullable(),
    }),
  ),
});
export type VillageView = z.infer<typeof villageView>;
