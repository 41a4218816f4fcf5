import { and, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import {
  fileAttachments,
  fileBlobs,
  fileReuseFlags,
  files,
  pledges,
  villages,
} from '../../db/schema/index.ts';
import { scopeWhere, tenantCols } from '../../db/scope.ts';
import { formatLocalDate, localDate } from '../../domain/local-time.ts';
import { townshipZone } from '../pledges/township-zone.ts';
import type { reuseFlagView } from './files.schema.ts';

type FlagView = z.infer<typeof reuseFlagView>;

/** 疑似重复使用的照片 in the caller's scope (optionally one campaign's), newest first. */
export async function reuseFlags(db: Queryable, actor: Actor, campaignId?: string): Promise<FlagView[]> {
  const where = [scopeWhere(actor.scope, tenantCols(fileReuseFlags))];
  const flags = await db
    .select({ flag: fileReuseFlags, campaignId: fileAttachments.campaignId })
    .from(fileReuseFlags)
    .innerJoin(fileAttachments, eq(fileAttachments.id, fileReuseFlags.attachmentId))
    .where(and(...where, campaignId ? eq(fileAttachments.campaignId, campaignId) : undefined))
    .orderBy(desc(fileReuseFlags.createdAt))
    .limit(500);
  if (flags.length === 0) return [];
  const attachmentIds = flags.flatMap(({ flag }) => [flag.attachmentId, flag.earlierAttachmentId]);
  const sides = await db
    .select({
      id: fileAttachments.id,
      fileId: fileAttachments.fileId,
      year: fileAttachments.year,
      pledgeId: fileAttachments.pledgeId,
      villageName: villages.name,
      pledgeTitle: pledges.title,
      storedByName: files.storedByName,
      createdAt: files.createdAt,
      thumbSha: fileBlobs.sha256,
    })
    .from(fileAttachments)
    .innerJoin(files, eq(files.id, fileAttachments.fileId))
    .leftJoin(villages, eq(villages.id, fileAttachments.villageId))
    .leftJoin(pledges, eq(pledges.id, fileAttachments.pledgeId))
    .leftJoin(fileBlobs, and(eq(fileBlobs.fileId, files.id), eq(fileBlobs.variant, 'thumb')))
    .where(inArray(fileAttachments.id, attachmentIds));
  const zone = actor.scope.townshipId ? await townshipZone(db, actor.scope.townshipId) : undefined;
  const byId = new Map(sides.map((s) => [s.id, s]));
  const side = (id: string) => {
    const s = byId.get(id)!;
    return {
      fileId: s.fileId,
      thumbUrl: `/api/files/${s.fileId}/thumb`,
      villageName: s.villageName,
      year: s.year,
      pledgeId: s.pledgeId,
      pledgeTitle: s.pledgeTitle,
      storedByName: s.storedByName,
      storedOn: formatLocalDate(localDate(s.createdAt, zone)),
    };
  };
  return flags
    .filter(({ flag }) => byId.has(flag.attachmentId) && byId.has(flag.earlierAttachmentId))
    .map(({ flag }) => ({
      id: flag.id,
      match: flag.match,
      distance: flag.distance,
      flaggedAt: formatLocalDate(localDate(flag.createdAt, zone)),
      photo: side(flag.attachmentId),
      earlier: side(flag.earlierAttachmentId),
    }));
}
