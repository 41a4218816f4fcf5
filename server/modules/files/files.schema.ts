import { z } from 'zod';

export const fieldLabels: Record<string, string> = {
  photos: '照片',
  documents: '附件',
  variant: '文件版本',
  hash: '文件',
  campaignId: '考评活动',
};

export const fileParams = z.object({ id: z.uuid(), variant: z.enum(['display', 'thumb', 'original']) });
export const hashParams = z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/, '文件地址不正确') });

/** A stored file as staff see it (links go through the signed-in route). */
export const fileView = z.object({
  id: z.string(),
  kind: z.enum(['photo', 'document']),
  name: z.string(),
  mediaType: z.string(),
  byteSize: z.number(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  url: z.string(),
  thumbUrl: z.string().nullable(),
  /** Photos of other pledges, villages or years this one matches (疑似重复使用). */
  reuseFlags: z.number(),
});
export type FileView = z.infer<typeof fileView>;

/** A published photo as the public board shows it: content-addressed links, no name, no uploader. */
export const publicPhotoView = z.object({
  url: z.string(),
  thumbUrl: z.string(),
  width: z.number().nullable(),
  height: z.number().nullable(),
});
export type PublicPhotoView = z.infer<typeof publicPhotoView>;

const flagSide = z.object({
  fileId: z.string(),
  thumbUrl: z.string(),
  villageName: z.string().nullable(),
  year: z.number().nullable(),
  pledgeId: z.string().nullable(),
  pledgeTitle: z.string().nullable(),
  storedByName: z.string(),
  storedOn: z.string(),
});

export const reuseFlagView = z.object({
  id: z.string(),
  /** identical: the same file; similar: the same picture re-saved or cropped a little. */
  match: z.enum(['identical', 'similar']),
  distance: z.number(),
  flaggedAt: z.string(),
  photo: flagSide,
  earlier: flagSide,
});
export const reuseFlagList = z.object({ flags: z.array(reuseFlagView) });
export const reuseQuery = z.object({ campaignId: z.uuid().optional() });
