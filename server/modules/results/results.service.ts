/**
 * 考评结果: the office's view of a campaign's final results (the live preview, or the confirmed
 * set), confirming them (审核确认: frozen with the config they used), recomputing a confirmed set
 * (with a reason; the old set and its live publication are withdrawn), and publishing them as a
 * 公示 through the publications module. Each write runs in the caller's transaction and is audited.
 */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest, conflict } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { publications, resultSets } from '../../db/schema/index.ts';
import { configHash, freezeProblems } from '../../domain/evaluation/final.ts';
import type { FinalResult } from '../../domain/evaluation/types.ts';
import { PHASE_LABELS } from '../../domain/phases.ts';
import { type ResultsFacts, resultsActions, resultsRefusal } from '../../domain/policies/results.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import { publicationView } from '../publications/publication-views.ts';
import { type PublicationRow, publish, withdraw } from '../publications/publications.service.ts';
import { insertResultRows } from './result-rows.ts';
import type { FreezeBody, PublishResultsBody, ResultsStatus, ResultsView } from './results.schema.ts';
import {
  currentResultSet,
  frozenResults,
  previewResults,
  type ResultSetRow,
  resultsDigest,
} from './results-read.ts';

const STATUS_LABELS: Record<ResultsStatus, string> = {
  preview: '未审核（预览）',
  reviewed: '已审核',
  scheduled: '已审核，待公示',
  publicity: '公示中',
  published: '公示期满',
};

/** The standing set's township-wide results publication that is not withdrawn, newest first. */
async function livePublication(q: Queryable, set: ResultSetRow): Promise<PublicationRow | null> {
  const [row] = await q
    .select()
    .from(publications)
    .where(
      and(
        eq(publications.campaignId, set.campaignId),
        eq(publications.kind, 'results'),
        isNull(publications.villageId),
        isNull(publications.withdrawnAt),
        sql`${publications.content}->>'setId' = ${set.id}`,
      ),
    )
    .orderBy(desc(publications.publishedAt))
    .limit(1);
  return row ?? null;
}

type State = {
  campaign: CampaignRow;
  set: ResultSetRow | null;
  preview: FinalResult[];
  problems: string[];
  publication: PublicationRow | null;
  facts: ResultsFacts;
};

async function stateOf(q: Queryable, actor: Actor, campaign: CampaignRow, now: Date): Promise<State> {
  const set = await currentResultSet(q, campaign.id);
  const preview = await previewResults(q, campaign.id, campaign.config, now);
  const problems = freezeProblems(preview);
  const publication = set ? await livePublication(q, set) : null;
  return {
    campaign,
    set,
    preview,
    problems,
    publication,
    facts: {
      actor,
      campaign: { year: campaign.year, phase: campaign.phase },
      frozen: set !== null,
      published: publication !== null,
      incomplete: problems.length,
    },
  };
}

const setView = (s: ResultSetRow) => ({
  id: s.id,
  frozenAt: s.frozenAt.toISOString(),
  frozenBy: s.frozenBy,
  reason: s.reason,
  configHash: s.configHash,
  supersededAt: s.supersededAt?.toISOString() ?? null,
});

export async function resultsView(
  q: Queryable,
  actor: Actor,
  campaignId: string,
  now = new Date(),
): Promise<ResultsView> {
  const campaign = await findCampaign(q, actor.scope, campaignId);
  const state = await stateOf(q, actor, campaign, now);
  const { set, preview, publication } = state;
  const rows = set ? await frozenResults(q, set.id) : preview;
  const pub = publication ? await publicationView(q, actor, publication, now) : null;
  const status: ResultsStatus = !set
    ? 'preview'
    : !pub
      ? 'reviewed'
      : pub.status === 'scheduled'
        ? 'scheduled'
        : pub.status === 'in_period'
          ? 'publicity'
          : 'published';
  const history = await q
    .select()
    .from(resultSets)
    .where(eq(resultSets.campaignId, campaign.id))
    .orderBy(desc(resultSets.frozenAt));
  const digest = resultsDigest(preview);
  const config = set?.config ?? campaign.config;
  return {
    campaign: {
      id: campaign.id,
      year: campaign.year,
      phase: campaign.phase,
      phaseLabel: PHASE_LABELS[campaign.phase],
    },
    status,
    statusLabel: STATUS_LABELS[status],
    current: set ? setView(set) : null,
    publication: pub && {
      id: pub.id,
      title: pub.title,
      status: pub.status,
      statusLabel: pub.statusLabel,
      startDate: pub.startDate,
      endDate: pub.endDate,
      objectionEndDate: pub.objectionEndDate,
      objectionCount: pub.objectionCount,
    },
    rows,
    problems: state.problems,
    digest,
    liveDiffers: set !== null && set.digest !== digest,
    config: {
      hash: set?.configHash ?? configHash(config),
      compositeWeights: config.compositeWeights,
      grades: config.grades,
      failGrade: config.failGrade,
      topGradeCap: config.topGradeCap,
      publicityDays: config.publicityDays,
      objectionDays: config.objectionDays,
    },
    history: history.filter((h) => h.id !== set?.id).map(setView),
    allowedActions: resultsActions(state.facts),
  };
}

/**
 * 审核确认: freezes the live results exactly as the office saw them (the digest of that preview),
 * with the campaign config as it is now. When a confirmed set already stands this is a
 * recomputation: a reason is required, the old set is superseded, its live publication withdrawn.
 */
export async function freezeResults(
  tx: Tx,
  actor: Actor,
  campaignId: string,
  body: FreezeBody,
  now = new Date(),
) {
  const campaign = await findCampaign(tx, actor.scope, campaignId, { lock: true });
  const state = await stateOf(tx, actor, campaign, now);
  const reason = body.reason?.trim() || null;
  const recompute = state.set !== null;
  if (recompute && !reason) throw badRequest('reason', '考评结果已审核确认，重新计算须填写原因');
  const refusal = resultsRefusal(state.facts, recompute ? 'recompute' : 'freeze');
  if (refusal) throw refusal;
  if (resultsDigest(state.preview) !== body.digest) {
    throw conflict(
      'PREVIEW_CHANGED',
      '考评数据在您查看后有了变化，请刷新页面核对新的预览后再审核确认',
      'digest',
    );
  }
  if (state.set) {
    await tx.update(resultSets).set({ supersededAt: now }).where(eq(resultSets.id, state.set.id));
    if (state.publication) {
      await withdraw(tx, actor, state.publication.id, `考评结果已重新计算：${reason}`, now);
    }
  }
  const [set] = await tx
    .insert(resultSets)
    .values({
      countyId: campaign.countyId,
      townshipId: campaign.townshipId,
      campaignId: campaign.id,
      config: campaign.config,
      configHash: configHash(campaign.config),
      digest: body.digest,
      frozenAt: now,
      frozenBy: actor.displayName,
      reason: recompute ? reason : null,
    })
    .returning();
  const created = set as ResultSetRow;
  await insertResultRows(tx, created, state.preview);
  await appendAudit(tx, asAuditActor(actor), {
    action: recompute ? 'results.recompute' : 'results.freeze',
    entity: 'result_set',
    entityId: created.id,
    countyId: campaign.countyId,
    townshipId: campaign.townshipId,
    before: state.set ? { setId: state.set.id, digest: state.set.digest } : undefined,
    after: {
      campaignId: campaign.id,
      configHash: created.configHash,
      digest: created.digest,
      participants: state.preview.length,
      grades: gradeCounts(state.preview),
    },
    reason: reason ?? undefined,
  });
  return created;
}

const gradeCounts = (rows: FinalResult[]) =>
  rows.reduce<Record<string, number>>((acc, r) => {
    const key = r.grade ?? '未评定';
    acc[key] = (acc[key] ?? 0) + 1;
    return acc;
  }, {});

/** Publishes the confirmed set as a township-wide 公示 (kind 'results') with the config's period. */
export async function publishResults(
  tx: Tx,
  actor: Actor,
  campaignId: string,
  body: PublishResultsBody,
  now = new Date(),
) {
  const campaign = await findCampaign(tx, actor.scope, campaignId, { lock: true });
  const state = await stateOf(tx, actor, campaign, now);
  const refusal = resultsRefusal(state.facts, 'publish');
  if (refusal) throw refusal;
  const set = state.set as ResultSetRow;
  const text = body.text?.trim() || defaultText(campaign);
  const publication = await publish(
    tx,
    actor,
    campaign.id,
    {
      kind: 'results',
      startDate: body.startDate,
      periodDays: body.periodDays,
      objectionDays: body.objectionDays,
      text,
    },
    now,
  );
  await tx.update(resultSets).set({ publicationId: publication.id }).where(eq(resultSets.id, set.id));
  await appendAudit(tx, asAuditActor(actor), {
    action: 'results.publish',
    entity: 'result_set',
    entityId: set.id,
    countyId: campaign.countyId,
    townshipId: campaign.townshipId,
    after: {
      publicationId: publication.id,
      startDate: publication.startDate,
      periodDays: publication.periodDays,
    },
  });
  return publication;
}

const defaultText = (c: CampaignRow) =>
  `经乡考评领导小组审核确认，现将${c.year}年度村干部承诺考评结果予以公示。公示期间，如有异议，可通过监督信箱或电话向乡考评办反映。`;
