import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROGRESS_STATUSES, type ReportInput, reportProblems } from './report.ts';

const ok: ReportInput = { status: 'in_progress', percent: 40, reportDate: '2026-11-20', note: '路基已完成' };
const TODAY = '2026-12-01';

describe('reportProblems', () => {
  it.each<[string, Partial<ReportInput>, string | null]>([
    ['a plain report', {}, null],
    ['done at 100%', { status: 'done', percent: 100 }, null],
    ['not started at 0%', { status: 'not_started', percent: 0 }, null],
    ['blocked at 30%', { status: 'blocked', percent: 30 }, null],
    ['on the township’s today', { reportDate: TODAY }, null],
    ['done at 90%', { status: 'done', percent: 90 }, 'percent'],
    ['not started at 10%', { status: 'not_started', percent: 10 }, 'percent'],
    ['in progress at 100%', { percent: 100 }, 'percent'],
    ['over 100%', { percent: 101 }, 'percent'],
    ['a fraction', { percent: 12.5 }, 'percent'],
    ['negative', { percent: -1 }, 'percent'],
    ['last year', { reportDate: '2025-12-31' }, 'reportDate'],
    ['tomorrow', { reportDate: '2026-12-02' }, 'reportDate'],
    ['not a date', { reportDate: '2026-13-45x' }, 'reportDate'],
    ['an empty note', { note: '   ' }, 'note'],
    ['a long note', { note: '字'.repeat(501) }, 'note'],
  ])('%s', (_name, change, field) => {
    const problems = reportProblems({ ...ok, ...change }, 2026, TODAY);
    expect(problems[0]?.field ?? null).toBe(field);
  });

  it('every problem has a Chinese message; a valid report in the year up to today passes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROGRESS_STATUSES),
        fc.integer({ min: -5, max: 105 }),
        fc.integer({ min: 1, max: 335 }),
        (status, percent, day) => {
          const date = new Date(Date.UTC(2026, 0, day)).toISOString().slice(0, 10);
          const problems = reportProblems({ status, percent, reportDate: date, note: '进展' }, 2026, TODAY);
          for (const p of problems) expect(p.message).toMatch(/[\u4e00-\u9fff]/);
          const consistent =
            percent >= 0 &&
            percent <= 100 &&
            (status !== 'done' || percent === 100) &&
            (status !== 'not_started' || percent === 0) &&
            (status !== 'in_progress' || percent < 100);
          expect(problems.length === 0).toBe(consistent);
        },
      ),
    );
  });
});
