import { describe, expect, it } from 'vitest';
import type { Phase } from '../phases.ts';
import type { Role } from '../roles.ts';
import { type CountyReportFacts, countyReportActions, countyReportRefusal } from './county-report.ts';

const facts = (
  over: Partial<Omit<CountyReportFacts, 'actor'>> & { role?: Role } = {},
): CountyReportFacts => ({
  actor: { role: over.role ?? 'township_office' },
  phase: over.phase ?? 'evaluation',
  participants: over.participants ?? 16,
  ungraded: over.ungraded ?? 0,
  submissions: over.submissions ?? 0,
});

describe('county report actions', () => {
  it.each([
    ['township_office', 'evaluation', 0, 0, ['download', 'edit_summary', 'submit']],
    ['township_office', 'evaluation', 0, 1, ['download', 'edit_summary', 'resubmit']],
    ['township_office', 'sanctions', 0, 2, ['download', 'edit_summary', 'resubmit']],
    ['township_office', 'archived', 0, 1, ['download']],
    ['township_office', 'fulfilment', 0, 0, ['download', 'edit_summary']],
    ['township_office', 'evaluation', 3, 0, []],
    ['county_viewer', 'evaluation', 0, 0, []],
    ['county_admin', 'evaluation', 0, 0, []],
    ['township_leader', 'evaluation', 0, 0, []],
    ['village_cadre', 'evaluation', 0, 0, []],
    ['juror', 'evaluation', 0, 0, []],
  ] as const)('%s in %s, %d ungraded, %d submitted → %j', (role, phase, ungraded, submissions, allowed) => {
    expect(countyReportActions(facts({ role, phase: phase as Phase, ungraded, submissions }))).toEqual(
      allowed,
    );
  });

  it('says why in Chinese', () => {
    expect(countyReportRefusal(facts({ ungraded: 2 }), 'submit')).toMatchObject({
      kind: 'conflict',
      code: 'NOT_FINAL',
      message: expect.stringContaining('2 名村干部的考评结果未经审核确认'),
    });
    expect(countyReportRefusal(facts({ participants: 0 }), 'download')?.code).toBe('NO_RESULTS');
    expect(countyReportRefusal(facts({ phase: 'archived' }), 'submit')?.code).toBe('WRONG_PHASE');
    expect(countyReportRefusal(facts({ submissions: 1 }), 'submit')?.code).toBe('ALREADY_SUBMITTED');
    expect(countyReportRefusal(facts(), 'resubmit')?.code).toBe('NOT_SUBMITTED');
    expect(countyReportRefusal(facts({ role: 'county_viewer' }), 'download')?.kind).toBe('forbidden');
    expect(countyReportRefusal(facts(), 'submit')).toBeNull();
  });
});
