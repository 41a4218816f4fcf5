import type { Queryable } from '../../db/client.ts';
import { finalResultRows } from '../../db/schema/index.ts';
import type { FinalResult } from '../../domain/evaluation/types.ts';

/** A confirmed set's rows: one per participant in ranking order, each result stored whole with it. */
export async function insertResultRows(
  q: Queryable,
  set: { id: string; campaignId: string },
  results: readonly FinalResult[],
): Promise<void> {
  if (results.length === 0) return;
  await q.insert(finalResultRows).values(
    results.map((r, position) => ({
      setId: set.id,
      campaignId: set.campaignId,
      participantId: r.participantId,
      villageId: r.villageId,
      position,
      composite: r.composite,
      grade: r.grade,
      rank: r.rank,
      forcedFail: r.forcedFail,
      result: r,
    })),
  );
}
