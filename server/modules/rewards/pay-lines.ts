/** The pay sheet's lines: each confirmed cadre's base (as entered) × the coefficient of their grade. */
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { type PaySheetLine, payBases, paySheets } from '../../db/schema/index.ts';
import type { FinalResult } from '../../domain/evaluation/types.ts';
import { payFor } from '../../domain/sanctions/performance-pay.ts';

export type PaySheetRow = typeof paySheets.$inferSelect;

/** A line while the sheet is open: its base may not be entered yet. */
export type DraftLine = Omit<PaySheetLine, 'baseFen'> & { baseFen: number | null };

export async function basesOf(q: Queryable, campaignId: string): Promise<Map<string, number>> {
  const rows = await q
    .select({ participantId: payBases.participantId, baseFen: payBases.baseFen })
    .from(payBases)
    .where(eq(payBases.campaignId, campaignId));
  return new Map(rows.map((r) => [r.participantId, r.baseFen]));
}

export function draftLines(
  results: readonly FinalResult[],
  bases: ReadonlyMap<string, number>,
  coefficients: Readonly<Record<string, number>>,
): DraftLine[] {
  return results.map((r) => {
    const baseFen = bases.get(r.participantId) ?? null;
    const pay = payFor({ baseFen: baseFen ?? 0, grade: r.grade }, coefficients);
    return {
      participantId: r.participantId,
      name: r.name,
      villageName: r.villageName,
      posts: r.posts,
      grade: r.grade,
      coefficient: pay.coefficient,
      baseFen,
      amountFen: baseFen === null ? null : pay.amountFen,
    };
  });
}

export function lineTotals(lines: readonly DraftLine[]) {
  return {
    baseFen: lines.reduce((n, l) => n + (l.baseFen ?? 0), 0),
    amountFen: lines.reduce((n, l) => n + (l.amountFen ?? 0), 0),
    missing: lines.filter((l) => l.baseFen === null).length,
  };
}

/** Every signed version, newest first. */
export const sheetVersions = (q: Queryable, campaignId: string): Promise<PaySheetRow[]> =>
  q.select().from(paySheets).where(eq(paySheets.campaignId, campaignId)).orderBy(desc(paySheets.version));

/** The signed version that stands (none while unsigned or being corrected). */
export async function standingSheet(q: Queryable, campaignId: string, lock = false) {
  const query = q
    .select()
    .from(paySheets)
    .where(and(eq(paySheets.campaignId, campaignId), isNull(paySheets.supersededAt)))
    .orderBy(asc(paySheets.version));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}
