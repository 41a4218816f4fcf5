/**
 * 评选表彰, in the caller's transaction: the office saves the notice's text (as often as it likes),
 * then issues it once: its text and honourees are frozen with the audit chain head it prints, and it
 * is published as a 表彰决定 publication on the township's public boards.
 */
import { eq, sql } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { refuse } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { commendationNotices, type Honouree } from '../../db/schema/index.ts';
import { localToday } from '../../domain/local-time.ts';
import { type CommendationAction, commendationRefusal } from '../../domain/policies/rewards.ts';
import { publicationText } from '../../domain/rewards/commendation-text.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { chainHead } from '../audit/chain-head.ts';
import { publish } from '../publications/publications.service.ts';
import { honouredGrade, honoureesOf, type NoticeRow, noticeOf, noticeTextOf } from './commendation-read.ts';
import type { NoticeBody } from './rewards.schema.ts';
import { type RewardsYear, rewardsYear } from './rewards-year.ts';

async function commendationYear(tx: Tx, actor: Actor, campaignId: string, action: CommendationAction) {
  const year = await rewardsYear(tx, actor, campaignId, { lock: true });
  const notice = await noticeOf(tx, year.campaign.id);
  const honourees = honoureesOf(year);
  refuse(
    commendationRefusal(
      { ...year.facts, issued: notice?.issuedAt != null, honourees: honourees.length },
      action,
    ),
  );
  return { year, notice, honourees };
}

async function saveText(tx: Tx, actor: Actor, year: RewardsYear, body: NoticeBody): Promise<NoticeRow> {
  const [row] = await tx
    .insert(commendationNotices)
    .values({
      countyId: year.campaign.countyId,
      townshipId: year.campaign.townshipId,
      campaignId: year.campaign.id,
      ...body,
      updatedBy: actor.displayName,
    })
    .onConflictDoUpdate({
      target: commendationNotices.campaignId,
      set: { ...body, updatedBy: actor.displayName, updatedAt: sql`now()` },
    })
    .returning();
  return row!;
}

export async function saveNotice(tx: Tx, actor: Actor, campaignId: string, body: NoticeBody) {
  const { year, notice } = await commendationYear(tx, actor, campaignId, 'edit');
  const row = await saveText(tx, actor, year, body);
  await appendAudit(tx, asAuditActor(actor), {
    action: 'commendation.save',
    entity: 'commendation_notice',
    entityId: row.id,
    countyId: row.countyId,
    townshipId: row.townshipId,
    before: notice ? { title: notice.title, noticeDate: notice.noticeDate } : undefined,
    after: { title: row.title, noticeDate: row.noticeDate },
  });
  return year;
}

/**
 * 印发: the saved text (or the suggested one, when never saved) is frozen with the honourees and
 * published from `startDate` (default today in the township). `at` is the moment recorded (the demo
 * passes its past dates).
 */
export async function issueNotice(
  tx: Tx,
  actor: Actor,
  campaignId: string,
  options: { startDate?: string; at?: Date } = {},
) {
  const { year, notice, honourees } = await commendationYear(tx, actor, campaignId, 'issue');
  const at = options.at ?? new Date();
  const text = noticeTextOf(year, notice, honourees);
  const row = notice ?? (await saveText(tx, actor, year, text));
  const publication = await publish(
    tx,
    actor,
    year.campaign.id,
    {
      kind: 'commendation',
      title: `${year.townshipName}${row.title}`.slice(0, 80),
      text: publicationText(row.body, honouredGrade(year), honourees),
      startDate: options.startDate ?? localToday(year.timeZone, at),
    },
    at,
  );
  const head = await chainHead(tx, year.campaign.countyId);
  const frozen: Honouree[] = honourees;
  await tx
    .update(commendationNotices)
    .set({
      honourees: frozen,
      issuedAt: at,
      issuedBy: actor.displayName,
      publicationId: publication.id,
      headSeq: head.seq,
      headHash: head.hash,
    })
    .where(eq(commendationNotices.id, row.id));
  await appendAudit(tx, asAuditActor(actor), {
    action: 'commendation.issue',
    entity: 'commendation_notice',
    entityId: row.id,
    countyId: row.countyId,
    townshipId: row.townshipId,
    after: {
      title: row.title,
      publicationId: publication.id,
      honourees: honourees.map((h) => h.participantId),
    },
  });
  return year;
}
