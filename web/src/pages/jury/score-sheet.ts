import { scoreValueProblem, subCriteriaTotal } from '../../../../server/domain/evaluation/jury-score.ts';

/** A score being typed: one total, or one value per sub-criterion (the meeting's configured order). */
export type SheetRow = { total: number | null; parts: (number | null)[] };
export type Criterion = { name: string; maxScore: number };

export const emptyRow = (criteria: Criterion[]): SheetRow => ({
  total: null,
  parts: criteria.map(() => null),
});

/**
 * What a typed score stands at, by the same rules the server checks (server/domain jury-score):
 * the total (computed from the parts when there are sub-criteria), each field's problem in Chinese,
 * and whether it is empty, complete and valid.
 */
export function rowState(row: SheetRow, criteria: Criterion[]) {
  if (criteria.length === 0) {
    const problem = row.total === null ? null : scoreValueProblem(row.total, 100);
    return {
      total: row.total,
      totalProblem: problem,
      partProblems: [] as (string | null)[],
      empty: row.total === null,
      ready: row.total !== null && !problem,
    };
  }
  const parts = criteria.map((_, i) => row.parts[i] ?? null);
  const partProblems = criteria.map((c, i) => {
    const v = parts[i];
    return v === null || v === undefined ? null : scoreValueProblem(v, c.maxScore);
  });
  const filled = parts.filter((v): v is number => v !== null);
  const complete = filled.length === criteria.length;
  return {
    total: filled.length ? subCriteriaTotal(filled) : null,
    totalProblem: null,
    partProblems,
    empty: filled.length === 0,
    ready: complete && partProblems.every((p) => p === null),
  };
}

/** The body value of a ready row: the parts when the meeting has sub-criteria, else the total. */
export const rowValue = (row: SheetRow, criteria: Criterion[]) =>
  criteria.length
    ? { parts: criteria.map((_, i) => row.parts[i] as number) }
    : { total: row.total as number };

/**
 * The paper entries of a sheet: every ready row, in juror order; rows begun but not ready (a
 * sub-criterion left empty or out of range) are named so nothing is sent half-typed.
 */
export function sheetEntries<J extends { id: string; name: string }>(
  jurors: J[],
  rows: Record<string, SheetRow>,
  criteria: Criterion[],
) {
  const entries: ({ jurorId: string } & ReturnType<typeof rowValue>)[] = [];
  const unfinished: string[] = [];
  for (const j of jurors) {
    const row = rows[j.id];
    if (!row) continue;
    const state = rowState(row, criteria);
    if (state.ready) entries.push({ jurorId: j.id, ...rowValue(row, criteria) });
    else if (!state.empty) unfinished.push(j.name);
  }
  return { entries, unfinished };
}
