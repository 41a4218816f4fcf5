import { describe, expect, it } from 'vitest';
import type { Phase } from '../phases.ts';
import type { ReportStatus } from '../reports/content.ts';
import type { Role } from '../roles.ts';
import { type ReportAction, type ReportFacts, reportActions, reportRefusal } from './report.ts';

const SELF = 'person-self';
const VILLAGE = 'village-1';
type Over = {
  role?: Role;
  personId?: string | null;
  contacts?: string[];
  phase?: Phase;
  status?: ReportStatus | null;
  excluded?: boolean;
};
const facts = (o: Over = {}): ReportFacts => ({
  actor: {
    role: o.role ?? 'village_cadre',
    personId: o.personId === undefined ? SELF : o.personId,
    contactVillageIds: o.contacts ?? [],
  },
  campaign: { year: 2026, phase: o.phase ?? 'evaluation' },
  participant: { personId: SELF, villageId: VILLAGE, excluded: o.excluded ?? false },
  status: o.status === undefined ? 'draft' : o.status,
});

const clerk = { role: 'village_clerk', personId: null } as const;
const office = { role: 'township_office', personId: null } as const;

describe('reportActions', () => {
  it.each<[string, Over, ReportAction[]]>([
    ['the cadre, own report not started', { status: null }, ['view', 'save', 'submit']],
    ['the cadre, own draft', {}, ['view', 'save', 'submit']],
    ['the cadre, own submitted report: locked', { status: 'submitted' }, ['view', 'download']],
    ['the cadre, own returned report: editable again', { status: 'returned' }, ['view', 'save', 'submit']],
    ['the cadre, another cadre’s report', { personId: 'other' }, []],
    ['the clerk for a cadre of the village', { ...clerk }, ['view', 'save', 'submit']],
    ['the clerk, a submitted report', { ...clerk, status: 'submitted' }, ['view', 'download']],
    ['the office, a draft', { ...office }, ['view']],
    ['the office, a submitted report', { ...office, status: 'submitted' }, ['view', 'return', 'download']],
    ['the office, a returned report', { ...office, status: 'returned' }, ['view']],
    [
      'the office after 评诺: no return',
      { ...office, status: 'submitted', phase: 'sanctions' },
      ['view', 'download'],
    ],
    ['a leader, contact village', { role: 'township_leader', personId: null, contacts: [VILLAGE] }, ['view']],
    ['a leader, other village', { role: 'township_leader', personId: null, contacts: ['v2'] }, []],
    [
      'the county, a submitted report',
      { role: 'county_viewer', personId: null, status: 'submitted' },
      ['view', 'download'],
    ],
    ['a juror', { role: 'juror', personId: null, status: 'submitted' }, []],
    ['a supervisor', { role: 'supervisor', personId: null, status: 'submitted' }, []],
    ['in 践诺: not yet', { phase: 'fulfilment' }, ['view']],
    ['an archived year', { phase: 'archived', status: 'submitted' }, ['view', 'download']],
    ['an excluded cadre', { excluded: true }, ['view']],
  ])('%s', (_name, over, actions) => {
    expect(reportActions(facts(over))).toEqual(actions);
  });
});

describe('reportRefusal', () => {
  it.each<[string, Over, ReportAction, string | null]>([
    ['write in the wrong phase', { phase: 'fulfilment' }, 'save', 'WRONG_PHASE'],
    ['write a submitted report', { status: 'submitted' }, 'submit', 'REPORT_LOCKED'],
    ['write for an excluded cadre', { excluded: true }, 'save', 'PARTICIPANT_EXCLUDED'],
    ['return a draft', { ...office }, 'return', 'NOT_SUBMITTED'],
    ['return as the clerk', { ...clerk, status: 'submitted' }, 'return', 'FORBIDDEN'],
    ['download a draft', {}, 'download', 'NOT_SUBMITTED'],
    ['another cadre hears nothing of phases', { personId: 'x', phase: 'setup' }, 'save', 'FORBIDDEN'],
  ])('%s', (_name, over, action, code) => {
    const refusal = reportRefusal(facts(over), action);
    expect(refusal?.code ?? null).toBe(code);
    if (refusal) expect(refusal.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
