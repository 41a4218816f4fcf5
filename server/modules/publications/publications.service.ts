/**
 * Publishing (公示) and withdrawing, in the caller's transaction. A publication freezes its content
 * when it is made; its period defaults to the campaign's config and is never under five days.
 */
import { and, eq } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { type AppError, badRequest, conflict, notFound } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { participants, publications, villages } from '../../db/schema/index.ts';
import { publicationRefusal, publishRefusal } from '../../domain/policies/publication.ts';
import {
  objectionEndDate,
  PUBLICATION_KIND_RULES,
  type PublicationKind,
  publicationProblems,
} from '../../domain/publicity.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import { candidatesSnapshot } from '../elections/elections-view.ts';
import { resultsSnapshot } from '../results/results-publication.ts';
import type { PublicationContent } from './publication-content.ts';
import { approvedSets, planFacts, progressOf } from './publication-snapshot.ts';
import type { PublishBody } from './publications.schema.ts';

export type PublicationRow = typeof publications.$inferSelect;

const refuse = (error: AppError | null) => {
  if (error) throw error;
};

export const publicationInScope = (tx: Tx, actor: Actor, id: string, lock = false) =>
  findInScope(tx, publications, actor.scope, id, '公示', { lock });

async function villageOf(tx: Tx, actor: Actor, campaign: CampaignRow, villageId: string) {
  const village = await findInScope(tx, villages, actor.scope, villageId, '村', {
    columns: { county: villages.countyId, township: villages.townshipId, village: villages.id },
  });
  if (village.townshipId !== campaign.townshipId) throw notFound('村');
  return village;
}

async function assertParticipant(tx: Tx, campaignId: string, villageId: string, participantId: string) {
  const [row] = await tx
    .select({ id: participants.id })
    .from(participants)
    .where(
      and(
        eq(participants.id, participantId),
        eq(participants.campaignId, campaignId),
        eq(participants.villageId, villageId),
      ),
    );
  if (!row) throw badRequest('participantId', '该承诺人不是本村本年度的承诺主体');
}

const TEXT_REQUIRED: readonly PublicationKind[] = ['plan', 'results', 'commendation'];

/** The snapshot the publication freezes, read now. */
async function contentFor(
  tx: Tx,
  campaign: CampaignRow,
  kind: PublicationKind,
  villageId: string | null,
  participantId: string | null,
  text: string | null,
): Promise<PublicationContent> {
  if (kind === 'plan') return { kind, text: text ?? '', facts: planFacts(campaign) };
  if (kind === 'pledges' || kind === 'progress') {
    const sets = await approvedSets(tx, campaign.id, villageId ?? '', participantId);
    if (sets.every((s) => s.pledges.length === 0)) {
      throw conflict('NOTHING_TO_PUBLISH', '该村还没有经乡党委政府批准的承诺事项，无可公示的内容');
    }
    return { kind, text, sets: kind === 'progress' ? await progressOf(tx, sets) : sets };
  }
  if (kind === 'results')
    return { kind, text: text ?? '', ...(await resultsSnapshot(tx, campaign.id, villageId)) };
  if (kind === 'candidates') return candidatesSnapshot(tx, campaign.id, villageId ?? '', text);
  return { kind, text: text ?? '' };
}

function defaultTitle(
  kind: PublicationKind,
  year: number,
  villageName: string | null,
  person: string | null,
) {
  const who = [villageName, person].filter(Boolean).join('');
  const label = PUBLICATION_KIND_RULES[kind].label;
  if (kind === 'plan') return `${year}年度村干部承诺考评活动方案公示`;
  return kind === 'candidates' ? `${who}换届选举${label}公示` : `${who}${year}年度村干部${label}公示`;
}

/** Publishes now (`at`: the moment recorded as its publication; the demo's past notices pass theirs). */
export async function publish(tx: Tx, actor: Actor, campaignId: string, body: PublishBody, at = new Date()) {
  const campaign = await findCampaign(tx, actor.scope, campaignId, { lock: true });
  refuse(publishRefusal({ actor, archived: campaign.phase === 'archived' }));
  const villageId = body.villageId ?? null;
  const participantId = body.participantId ?? null;
  const periodDays = body.periodDays ?? campaign.config.publicityDays;
  const objectionDays = body.objectionDays ?? Math.min(campaign.config.objectionDays, periodDays);
  const [problem] = publicationProblems({
    kind: body.kind,
    villageId,
    participantId,
    periodDays,
    objectionDays,
  });
  if (problem) throw badRequest(problem.field, problem.message);
  const text = body.text?.trim() || null;
  if (TEXT_REQUIRED.includes(body.kind) && !text)
    throw badRequest('text', '公示说明不能为空：活动方案和考评结果须写明公示的正文');
  const village = villageId ? await villageOf(tx, actor, campaign, villageId) : null;
  if (villageId && participantId) await assertParticipant(tx, campaign.id, villageId, participantId);
  const content = await contentFor(tx, campaign, body.kind, villageId, participantId, text);
  const person = participantId && 'sets' in content ? (content.sets[0]?.name ?? null) : null;
  const [row] = await tx
    .insert(publications)
    .values({
      countyId: campaign.countyId,
      townshipId: campaign.townshipId,
      villageId,
      campaignId: campaign.id,
      participantId,
      kind: body.kind,
      title: body.title ?? defaultTitle(body.kind, campaign.year, village?.name ?? null, person),
      content,
      startDate: body.startDate,
      periodDays,
      objectionEndDate: objectionEndDate(body.startDate, periodDays, objectionDays),
      publishedBy: actor.displayName,
      publishedAt: at,
    })
    .returning();
  const created = row as PublicationRow;
  await appendAudit(tx, asAuditActor(actor), {
    action: 'publication.publish',
    entity: 'publication',
    entityId: created.id,
    countyId: created.countyId,
    townshipId: created.townshipId,
    after: {
      kind: created.kind,
      title: created.title,
      villageId,
      participantId,
      startDate: created.startDate,
      periodDays,
      objectionEndDate: created.objectionEndDate,
    },
  });
  return created;
}

export async function withdraw(tx: Tx, actor: Actor, id: string, reason: string, at = new Date()) {
  const row = await publicationInScope(tx, actor, id, true);
  const campaign = await findCampaign(tx, actor.scope, row.campaignId);
  refuse(
    publicationRefusal(
      { actor, archived: campaign.phase === 'archived', withdrawn: row.withdrawnAt !== null },
      'withdraw',
    ),
  );
  const [updated] = await tx
    .update(publications)
    .set({ withdrawnAt: at, withdrawnBy: actor.displayName, withdrawnReason: reason })
    .where(eq(publications.id, id))
    .returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: 'publication.withdraw',
    entity: 'publication',
    entityId: id,
    countyId: row.countyId,
    townshipId: row.townshipId,
    before: { title: row.title },
    reason,
  });
  return updated as PublicationRow;
}
