/**
 * What a 考评结果 publication freezes (kind 'results'): the confirmed set's rows as the public sees
 * them (no ids, no juror codes), each with its explanation in words. The publications module calls
 * this when the office publishes results; the board shows it as published.
 */
import { conflict } from '../../core/errors.ts';
import type { Queryable } from '../../db/client.ts';
import { explanationLines } from './results-explain.ts';
import { currentResultSet, frozenResults } from './results-read.ts';

export type PublishedResult = {
  rank: number | null;
  name: string;
  villageName: string;
  posts: string[];
  village: number | null;
  satisfactionRate: number | null;
  jury: number | null;
  inspection: number | null;
  composite: number | null;
  grade: string | null;
  forcedFail: boolean;
  /** How each number was computed, in words. */
  lines: string[];
};

export type ResultsSnapshot = {
  setId: string;
  configHash: string;
  frozenAt: string;
  results: PublishedResult[];
};

/** The standing confirmed set, a village's rows only when `villageId` is given; refused while none is confirmed. */
export async function resultsSnapshot(
  q: Queryable,
  campaignId: string,
  villageId: string | null,
): Promise<ResultsSnapshot> {
  const set = await currentResultSet(q, campaignId);
  if (!set) throw conflict('NOT_FROZEN', '考评结果尚未审核确认，不能公示');
  const rows = (await frozenResults(q, set.id)).filter((r) => !villageId || r.villageId === villageId);
  return {
    setId: set.id,
    configHash: set.configHash,
    frozenAt: set.frozenAt.toISOString(),
    results: rows.map((r) => ({
      rank: r.rank,
      name: r.name,
      villageName: r.villageName,
      posts: r.posts,
      village: r.village?.score ?? null,
      satisfactionRate: r.village?.satisfactionRate ?? null,
      jury: r.jury?.score ?? null,
      inspection: r.inspection?.score ?? null,
      composite: r.composite,
      grade: r.grade,
      forcedFail: r.forcedFail,
      lines: explanationLines(r),
    })),
  };
}
