/**
 * Reading the final results (ROUND4 contract, for the county report, the archive, sanctions): the
 * frozen set when the office has confirmed one (审核确认), else the live preview computed now from
 * the three parts. Pure reads on a Queryable.
 */
import { createHash } from 'node:crypto';
import { and, asc, count, eq, isNotNull, isNull } from 'drizzle-orm';
import { notFound } from '../../core/errors.ts';
import type { Queryable } from '../../db/client.ts';
import { finalResultRows, participants, resultSets } from '../../db/schema/index.ts';
import { canonicalJson } from '../../domain/audit-chain.ts';
import type { CampaignConfig } from '../../domain/campaign-config.ts';
import type { FinalResult } from '../../domain/evaluation/types.ts';
import { previewResultsOf, readFinalResultsOf } from './results-bulk.ts';

export type ResultSetRow = typeof resultSets.$inferSelect;

/** The live preview: the parts as they stand now, under the campaign's current config. */
export async function previewResults(
  q: Queryable,
  campaignId: string,
  config: CampaignConfig,
  now = new Date(),
): Promise<FinalResult[]> {
  return (await previewResultsOf(q, [{ id: campaignId, config }], now)).get(campaignId) ?? [];
}

/**
 * A fingerprint of the numbers as shown (everything but the moment of computing): the office
 * confirms the preview it saw, and a frozen set differs from the live data when this differs.
 */
export function resultsDigest(results: readonly FinalResult[]): string {
  const stable = results.map((r) => ({
    ...r,
    explanation: { ...r.explanation, config: { hash: r.explanation.config.hash } },
  }));
  return createHash('sha256').update(canonicalJson(stable)).digest('hex');
}

/** The campaign's current (not superseded) frozen set, if any. */
export async function currentResultSet(q: Queryable, campaignId: string): Promise<ResultSetRow | null> {
  const [row] = await q
    .select()
    .from(resultSets)
    .where(and(eq(resultSets.campaignId, campaignId), isNull(resultSets.supersededAt)));
  return row ?? null;
}

/** A frozen set's results in rank order, exactly as stored. */
export async function frozenResults(q: Queryable, setId: string): Promise<FinalResult[]> {
  const rows = await q
    .select({ result: finalResultRows.result })
    .from(finalResultRows)
    .where(eq(finalResultRows.setId, setId))
    .orderBy(asc(finalResultRows.position));
  return rows.map((r) => r.result);
}

/**
 * The campaign's final results in rank order: the frozen ones when the office has confirmed a set;
 * otherwise (unless `frozenOnly`, then []) the live preview under the campaign's current config.
 */
export async function readFinalResults(
  q: Queryable,
  campaignId: string,
  options: { frozenOnly?: boolean } = {},
): Promise<FinalResult[]> {
  const results = (await readFinalResultsOf(q, [campaignId], options)).get(campaignId);
  if (results) return results;
  if (options.frozenOnly) return [];
  throw notFound('考评活动');
}

/**
 * evaluation → sanctions gate (phases.ts): active participants without a grade in the current
 * frozen set (all of them while nothing is frozen).
 */
export async function ungradedParticipants(q: Queryable, campaignId: string): Promise<number> {
  const [active] = await q
    .select({ n: count() })
    .from(participants)
    .where(and(eq(participants.campaignId, campaignId), eq(participants.excluded, false)));
  const set = await currentResultSet(q, campaignId);
  if (!set) return active?.n ?? 0;
  const [graded] = await q
    .select({ n: count() })
    .from(finalResultRows)
    .innerJoin(participants, eq(participants.id, finalResultRows.participantId))
    .where(
      and(
        eq(finalResultRows.setId, set.id),
        isNotNull(finalResultRows.grade),
        eq(participants.excluded, false),
      ),
    );
  return Math.max(0, (active?.n ?? 0) - (graded?.n ?? 0));
}
