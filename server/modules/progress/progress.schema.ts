import { z } from 'zod';
import { CAMPAIGN_PROGRESS_ACTIONS, PROGRESS_ACTIONS } from '../../domain/policies/progress.ts';
import { NOTE_MAX, PROGRESS_STATUSES } from '../../domain/progress/report.ts';
import { isoDate } from '../../http/date-fields.ts';
import { fileView, publicPhotoView } from '../files/files.schema.ts';

export const fieldLabels: Record<string, string> = {
  status: '进展状态',
  percent: '完成进度',
  reportDate: '日期',
  note: '进展情况',
  internalNote: '内部说明',
  photos: '照片',
  documents: '附件',
  villageId: '村',
  file: '进展表',
};

export const idParams = z.strictObject({ id: z.uuid() });
export const listQuery = z.object({ villageId: z.uuid().optional() });

/** The text fields of a report form (multipart: every value arrives as text). */
export const reportFields = z.object({
  status: z.enum(PROGRESS_STATUSES, { error: '请选择进展状态' }),
  percent: z.coerce
    .number({ error: '应填写数字' })
    .int('应填写整数')
    .min(0, '不能小于 0')
    .max(100, '不能大于 100'),
  reportDate: isoDate,
  note: z.string().trim().min(1, '请填写进展情况').max(NOTE_MAX, `不能超过 ${NOTE_MAX} 个字`),
  internalNote: z.string().trim().max(500, '不能超过 500 个字').optional(),
});

const reportView = z.object({
  id: z.string(),
  status: z.enum(PROGRESS_STATUSES),
  percent: z.number(),
  reportDate: z.string(),
  note: z.string(),
  /** Staff only (never in a public answer). */
  internalNote: z.string().nullable(),
  /** Who reported, in words: 本人填报, 记录员代填, 乡考评办更新. */
  reporter: z.string(),
  reportedAt: z.string(),
  photos: z.array(fileView),
  documents: z.array(fileView),
});

const pledgeHead = z.object({
  id: z.string(),
  campaignId: z.string(),
  year: z.number(),
  villageId: z.string(),
  villageName: z.string(),
  cadreName: z.string(),
  category: z.string(),
  title: z.string(),
  completionStandard: z.string(),
  dueDate: z.string(),
});

const latest = z
  .object({ status: z.enum(PROGRESS_STATUSES), percent: z.number(), reportDate: z.string() })
  .nullable();

export const pledgeProgressView = z.object({
  pledge: pledgeHead.extend({ content: z.string() }),
  latest,
  /** Newest first. */
  reports: z.array(reportView),
  allowedActions: z.array(z.enum(PROGRESS_ACTIONS)),
  /** The township's today: the latest date a report may carry. */
  today: z.string(),
});

export const progressListView = z.object({
  campaign: z.object({ id: z.string(), year: z.number(), phase: z.string() }),
  pledges: z.array(
    pledgeHead.extend({
      latest,
      reportCount: z.number(),
      photoCount: z.number(),
      reuseFlags: z.number(),
      /** The caller's own pledge (a cadre's). */
      mine: z.boolean(),
      allowedActions: z.array(z.enum(PROGRESS_ACTIONS)),
    }),
  ),
  allowedActions: z.array(z.enum(CAMPAIGN_PROGRESS_ACTIONS)),
});

/** What the public board shows of a pledge's progress: no internal note, no uploader, photos without EXIF. */
export const publicProgressReport = z.object({
  status: z.enum(PROGRESS_STATUSES),
  statusLabel: z.string(),
  percent: z.number(),
  reportDate: z.string(),
  note: z.string(),
  photos: z.array(publicPhotoView),
});
export type PublicProgressReport = z.infer<typeof publicProgressReport>;
export const publicPledgeProgress = z.object({
  pledgeId: z.string(),
  title: z.string(),
  reports: z.array(publicProgressReport),
});

export const importResult = z.object({ updated: z.number() });
export const campaignParams = z.strictObject({ id: z.uuid() });
