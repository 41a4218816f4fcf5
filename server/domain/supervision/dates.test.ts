import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueDateProblem, inTerm, recordDateProblem, rectificationState, termProblem } from './dates.ts';

describe('record dates', () => {
  it.each([
    ['2026-05-01', 2026, '2026-12-01', null],
    ['2026-12-01', 2026, '2026-12-01', null],
    ['2026-12-02', 2026, '2026-12-01', '不能晚于今天（2026-12-01）'],
    ['2025-12-31', 2026, '2026-12-01', '须在2026年度内（2026-01-01 至 2027-02-28）'],
    ['2027-02-28', 2026, '2027-03-10', null],
    ['2027-03-01', 2026, '2027-03-10', '须在2026年度内（2026-01-01 至 2027-02-28）'],
  ] as const)('%s in %i, today %s → %s', (date, year, today, problem) => {
    expect(recordDateProblem(date, year, today)).toBe(problem);
  });
});

describe('due dates', () => {
  it.each([
    ['2026-06-01', '2026-06-01', '须晚于检查日期（2026-06-01）'],
    ['2026-05-31', '2026-06-01', '须晚于检查日期（2026-06-01）'],
    ['2026-06-02', '2026-06-01', null],
    ['2026-12-01', '2026-06-01', null],
    ['2026-12-02', '2026-06-01', '整改期限最长183天'],
  ] as const)('due %s after a check on %s → %s', (due, from, problem) => {
    expect(dueDateProblem(due, from)).toBe(problem);
  });
});

describe('rectification state', () => {
  it.each([
    [{ dueDate: '2026-11-30', closedOn: null }, '2026-12-01', 'overdue'],
    [{ dueDate: '2026-12-01', closedOn: null }, '2026-12-01', 'open'],
    [{ dueDate: '2026-10-01', closedOn: '2026-11-20' }, '2026-12-01', 'closed'],
  ] as const)('%j on %s → %s', (r, today, state) => {
    expect(rectificationState(r, today)).toBe(state);
  });

  const day = fc
    .date({
      min: new Date('2026-01-01T00:00:00Z'),
      max: new Date('2027-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  it('an open demand is overdue exactly when today is past its due date', () => {
    fc.assert(
      fc.property(day, day, (due, today) => {
        const state = rectificationState({ dueDate: due, closedOn: null }, today);
        expect(state === 'overdue').toBe(today > due);
      }),
    );
  });
  it('a closed demand is never overdue', () => {
    fc.assert(
      fc.property(day, day, day, (due, closed, today) => {
        expect(rectificationState({ dueDate: due, closedOn: closed }, today)).toBe('closed');
      }),
    );
  });
});

describe('terms', () => {
  it.each([
    ['2026-03-01', '2028-12-31', '2026-03-01', null],
    ['2026-02-28', '2028-12-31', '2026-03-01', '任期开始不能早于选举会议日期（2026-03-01）'],
    ['2026-03-01', '2026-03-01', '2026-03-01', '任期结束须晚于任期开始'],
    ['2026-03-01', '2032-03-01', '2026-03-01', '任期最长五年'],
  ] as const)('%s – %s elected %s → %s', (start, end, elected, problem) => {
    expect(termProblem(start, end, elected)).toBe(problem);
  });
  it('is current between its first and last day', () => {
    const term = { termStart: '2026-03-01', termEnd: '2028-12-31' };
    expect([inTerm(term, '2026-02-28'), inTerm(term, '2026-03-01'), inTerm(term, '2028-12-31')]).toEqual([
      false,
      true,
      true,
    ]);
    expect(inTerm(term, '2029-01-01')).toBe(false);
  });
});
