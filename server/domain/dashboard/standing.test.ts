import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROGRESS_STATUSES } from '../progress/report.ts';
import { type PledgeProgressFact, pledgeStanding, STANDING_STATUSES, villageStanding } from './standing.ts';

const TODAY = '2026-12-01';
const START = '2026-01-01';
const report = (
  status: 'done' | 'in_progress' | 'blocked' | 'not_started',
  percent: number,
  reportDate: string,
) => ({
  status,
  percent,
  reportDate,
});

describe('pledgeStanding', () => {
  it.each<[string, PledgeProgressFact, { status: string; overdue: boolean; stalled: boolean }]>([
    [
      'done before its due date',
      { dueDate: '2026-06-30', latest: report('done', 100, '2026-06-20') },
      { status: 'done', overdue: false, stalled: false },
    ],
    [
      'done long ago is never stalled',
      { dueDate: '2026-12-31', latest: report('done', 100, '2026-03-01') },
      { status: 'done', overdue: false, stalled: false },
    ],
    [
      'past its due date undone',
      { dueDate: '2026-09-30', latest: report('in_progress', 70, '2026-11-20') },
      { status: 'in_progress', overdue: true, stalled: false },
    ],
    [
      'due today is not yet overdue',
      { dueDate: TODAY, latest: report('in_progress', 90, '2026-11-28') },
      { status: 'in_progress', overdue: false, stalled: false },
    ],
    [
      '59 days without news',
      { dueDate: '2026-12-31', latest: report('in_progress', 40, '2026-10-03') },
      { status: 'in_progress', overdue: false, stalled: false },
    ],
    [
      '60 days without news',
      { dueDate: '2026-12-31', latest: report('in_progress', 40, '2026-10-02') },
      { status: 'in_progress', overdue: false, stalled: true },
    ],
    [
      'never reported, late in the year',
      { dueDate: '2026-12-31', latest: null },
      { status: 'no_report', overdue: false, stalled: true },
    ],
    [
      'blocked, reported lately',
      { dueDate: '2026-12-31', latest: report('blocked', 30, '2026-11-25') },
      { status: 'blocked', overdue: false, stalled: false },
    ],
  ])('%s', (_, fact, expected) => {
    expect(pledgeStanding(fact, TODAY, START)).toMatchObject(expected);
  });

  it('never reported early in the year: not yet stalled', () => {
    expect(pledgeStanding({ dueDate: '2026-12-31', latest: null }, '2026-02-15', START).stalled).toBe(false);
  });

  it('a done pledge is neither overdue nor stalled, whatever the dates', () => {
    const day = fc
      .date({ min: new Date('2026-01-01'), max: new Date('2026-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, (due, reported, today) => {
        const s = pledgeStanding({ dueDate: due, latest: report('done', 100, reported) }, today, START);
        return !s.overdue && !s.stalled;
      }),
    );
  });
});

describe('villageStanding', () => {
  it('sums a village up and says why it falls behind', () => {
    const v = villageStanding([
      pledgeStanding({ dueDate: '2026-06-30', latest: report('done', 100, '2026-06-01') }, TODAY, START),
      pledgeStanding(
        { dueDate: '2026-09-30', latest: report('in_progress', 50, '2026-11-01') },
        TODAY,
        START,
      ),
      pledgeStanding({ dueDate: '2026-12-31', latest: report('blocked', 20, '2026-11-20') }, TODAY, START),
      pledgeStanding({ dueDate: '2026-12-31', latest: null }, TODAY, START),
    ]);
    expect(v).toMatchObject({
      total: 4,
      overdue: 1,
      stalled: 1,
      blocked: 1,
      averagePercent: 43,
      behind: true,
    });
    expect(v.byStatus).toEqual({ done: 1, in_progress: 1, blocked: 1, not_started: 0, no_report: 1 });
    expect(v.reasons).toEqual(['1 项已过完成时限仍未完成', '1 项超过 60 天没有进展', '1 项遇到困难']);
  });

  it('a village whose pledges are all done or on time is not behind', () => {
    const v = villageStanding([
      pledgeStanding({ dueDate: '2026-06-30', latest: report('done', 100, '2026-06-01') }, TODAY, START),
      pledgeStanding(
        { dueDate: '2026-12-31', latest: report('in_progress', 80, '2026-11-30') },
        TODAY,
        START,
      ),
    ]);
    expect(v).toMatchObject({ behind: false, reasons: [], averagePercent: 90 });
    expect(villageStanding([])).toMatchObject({ total: 0, behind: false, averagePercent: 0 });
  });

  it('counts every pledge in exactly one status', () => {
    const fact = fc.record({
      dueDate: fc.constantFrom('2026-03-31', '2026-12-31'),
      latest: fc.option(
        fc.record({
          status: fc.constantFrom(...PROGRESS_STATUSES),
          percent: fc.integer({ min: 0, max: 100 }),
          reportDate: fc.constantFrom('2026-05-01', '2026-11-30'),
        }),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 30 }), (facts) => {
        const v = villageStanding(facts.map((f) => pledgeStanding(f, TODAY, START)));
        return (
          STANDING_STATUSES.reduce((n, s) => n + v.byStatus[s], 0) === facts.length &&
          v.behind === v.reasons.length > 0
        );
      }),
    );
  });
});
