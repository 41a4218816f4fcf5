import { describe, expect, it } from 'vitest';
import type { Phase } from '../phases.ts';
import type { Role } from '../roles.ts';
import { type RecallFacts, type SanctionAction, sanctionActions, sanctionRefusal } from './sanctions.ts';

describe('sanctionRefusal', () => {
  it.each<[Role, Phase, boolean, string | null]>([
    ['township_office', 'sanctions', false, null],
    ['township_office', 'archived', false, 'ARCHIVED'],
    ['township_office', 'sanctions', true, 'CLOSED'],
    ['township_leader', 'sanctions', false, 'FORBIDDEN'],
    ['county_viewer', 'sanctions', false, 'FORBIDDEN'],
    ['village_cadre', 'sanctions', false, 'FORBIDDEN'],
  ])('%s in %s (closed: %s) → %s', (role, phase, closed, code) => {
    expect(sanctionRefusal({ role, phase, closed }, 'record')?.code ?? null).toBe(code);
    expect(sanctionActions({ role, phase, closed })).toEqual(code ? [] : ['record']);
  });
});

describe('a removal case with a recall', () => {
  const recall = (r: Partial<RecallFacts>): RecallFacts => ({
    proposalMet: false,
    pollStarted: false,
    pollCertified: false,
    ...r,
  });
  it.each<[string, string | null, RecallFacts, SanctionAction[]]>([
    ['no proposal yet', 'notice', recall({}), ['record', 'propose_recall']],
    [
      'proposal met',
      'decision',
      recall({ proposalMet: true }),
      ['record', 'propose_recall', 'start_recall_vote'],
    ],
    ['vote started', 'decision', recall({ proposalMet: true, pollStarted: true }), ['record']],
    ['outcome waits for the vote', 'outcome', recall({ proposalMet: true, pollStarted: true }), []],
    [
      'vote certified',
      'outcome',
      recall({ proposalMet: true, pollStarted: true, pollCertified: true }),
      ['record'],
    ],
    ['outcome without a vote', 'outcome', recall({}), ['record', 'propose_recall']],
  ])('%s', (_, nextStep, r, actions) => {
    expect(
      sanctionActions({ role: 'township_office', phase: 'sanctions', closed: false, nextStep, recall: r }),
    ).toEqual(actions);
  });

  it('refuses a recall on a case without one, and starting before the proposal is met', () => {
    const f = { role: 'township_office' as const, phase: 'evaluation' as const, closed: false };
    expect(sanctionRefusal(f, 'propose_recall')?.code).toBe('NO_RECALL');
    expect(sanctionRefusal({ ...f, recall: recall({}) }, 'start_recall_vote')?.message).toContain('联名');
  });
});
