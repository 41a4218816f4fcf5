import { describe, expect, it } from 'vitest';
import { emptyRow, rowState, sheetEntries } from './score-sheet.ts';

const criteria = [
  { name: '履职情况', maxScore: 40 },
  { name: '承诺兑现', maxScore: 40 },
  { name: '述职表现', maxScore: 20 },
];
const jurors = [
  { id: 'a', name: '甲' },
  { id: 'b', name: '乙' },
  { id: 'c', name: '丙' },
];

describe('rowState: a typed score by the server rules', () => {
  it.each([
    [{ total: null, parts: [] }, [], { empty: true, ready: false, total: null }],
    [{ total: 88.5, parts: [] }, [], { empty: false, ready: true, total: 88.5 }],
    [{ total: 101, parts: [] }, [], { ready: false, totalProblem: '应在 0 到 100 分之间' }],
    [{ total: 80.123, parts: [] }, [], { ready: false, totalProblem: '最多保留两位小数' }],
    [{ total: null, parts: [30, null, 10] }, criteria, { empty: false, ready: false, total: 40 }],
    [{ total: null, parts: [28.1, 29.2, 10.3] }, criteria, { ready: true, total: 67.6 }],
    [{ total: null, parts: [40, 40, 20] }, criteria, { ready: true, total: 100 }],
    [{ total: null, parts: [0, 0, 0] }, criteria, { ready: true, total: 0 }],
  ])('%j with %j criteria', (row, crit, expected) => {
    expect(rowState(row, crit)).toMatchObject(expected);
  });

  it('names the sub-criterion out of its own maximum, not of 100', () => {
    const state = rowState({ total: null, parts: [41, 40, -1] }, criteria);
    expect(state.ready).toBe(false);
    expect(state.partProblems).toEqual(['应在 0 到 40 分之间', null, '应在 0 到 20 分之间']);
    expect(state.total).toBe(80);
  });

  it('ignores a typed total when the meeting scores by sub-criteria', () => {
    expect(rowState({ total: 99, parts: [10, 10, 10] }, criteria).total).toBe(30);
  });
});

describe('sheetEntries: what is sent', () => {
  it('sends ready rows as parts, in juror order, and names the half-typed ones', () => {
    const rows = {
      c: { total: null, parts: [30, 30, 15] },
      a: { total: null, parts: [35, 36.5, 18] },
      b: { total: null, parts: [35, null, 18] },
    };
    expect(sheetEntries(jurors, rows, criteria)).toEqual({
      entries: [
        { jurorId: 'a', parts: [35, 36.5, 18] },
        { jurorId: 'c', parts: [30, 30, 15] },
      ],
      unfinished: ['乙'],
    });
  });

  it('sends totals without sub-criteria; empty rows are skipped, invalid ones named', () => {
    const rows = { a: { total: 90, parts: [] }, b: emptyRow([]), c: { total: 120, parts: [] } };
    expect(sheetEntries(jurors, rows, [])).toEqual({
      entries: [{ jurorId: 'a', total: 90 }],
      unfinished: ['丙'],
    });
  });

  it('a row out of range is never sent', () => {
    const rows = { a: { total: null, parts: [50, 30, 10] } };
    expect(sheetEntries(jurors, rows, criteria)).toEqual({ entries: [], unfinished: ['甲'] });
  });
});
