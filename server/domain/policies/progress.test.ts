import { describe, expect, it } from 'vitest';
import type { Phase } from '../phases.ts';
import type { Role } from '../roles.ts';
import {
  campaignProgressActions,
  campaignProgressRefusal,
  importRowRefusal,
  type ProgressFacts,
  progressActions,
  progressRefusal,
} from './progress.ts';

const SELF = 'person-self';
const facts = (
  over: Partial<ProgressFacts> & { role?: Role; personId?: string | null; phase?: Phase } = {},
): ProgressFacts => ({
  actor: { role: over.role ?? 'village_cadre', personId: over.personId === undefined ? SELF : over.personId },
  campaign: { year: 2026, phase: over.phase ?? 'fulfilment' },
  participant: over.participant ?? { personId: SELF, excluded: false },
  setStatus: over.setStatus ?? 'approved',
  pledgeStatus: over.pledgeStatus ?? 'confirmed',
});

describe('progressRefusal', () => {
  it.each<[string, ProgressFacts, string | null]>([
    ['a cadre on their own approved pledge', facts(), null],
    ['the clerk for a cadre of the village', facts({ role: 'village_clerk', personId: null }), null],
    ['a cadre on another cadre’s pledge', facts({ personId: 'someone-else' }), 'FORBIDDEN'],
    ['the office (it updates by .xlsx)', facts({ role: 'township_office', personId: null }), 'FORBIDDEN'],
    ['a supervisor', facts({ role: 'supervisor', personId: null }), 'FORBIDDEN'],
    ['in the 承诺 phase', facts({ phase: 'pledging' }), 'WRONG_PHASE'],
    ['in the 评诺 phase (year-end updates)', facts({ phase: 'evaluation' }), null],
    ['in the 奖惩 phase', facts({ phase: 'sanctions' }), 'WRONG_PHASE'],
    ['an archived year', facts({ phase: 'archived' }), 'WRONG_PHASE'],
    ['a set not yet approved', facts({ setStatus: 'confirmed' }), 'NOT_APPROVED'],
    ['a withdrawn pledge', facts({ pledgeStatus: 'withdrawn' }), 'NOT_STANDING'],
    ['an excluded cadre', facts({ participant: { personId: SELF, excluded: true } }), 'PARTICIPANT_EXCLUDED'],
  ])('%s', (_name, input, code) => {
    expect(progressRefusal(input, 'report')?.code ?? null).toBe(code);
    expect(progressActions(input)).toEqual(code ? [] : ['report']);
  });

  it('refuses who before when: a forbidden role hears no phase', () => {
    expect(progressRefusal(facts({ role: 'juror', personId: null, phase: 'setup' }), 'report')?.kind).toBe(
      'forbidden',
    );
  });
});

describe('campaignProgressRefusal and importRowRefusal', () => {
  it.each<[Role, Phase, string | null]>([
    ['township_office', 'fulfilment', null],
    ['township_office', 'pledging', 'WRONG_PHASE'],
    ['village_clerk', 'fulfilment', 'FORBIDDEN'],
    ['county_viewer', 'fulfilment', 'FORBIDDEN'],
  ])('%s in %s', (role, phase, code) => {
    const input = { actor: { role, personId: null }, campaign: { year: 2026, phase } };
    expect(campaignProgressRefusal(input, 'import')?.code ?? null).toBe(code);
    expect(campaignProgressActions(input)).toEqual(code ? [] : ['import']);
  });

  it('checks each row’s pledge like a report', () => {
    const { actor: _actor, ...row } = facts();
    expect(importRowRefusal(row)).toBeNull();
    expect(importRowRefusal({ ...row, setStatus: 'returned' })?.code).toBe('NOT_APPROVED');
  });
});
