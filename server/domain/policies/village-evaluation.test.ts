import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHASES } from '../phases.ts';
import { ROLES } from '../roles.ts';
import {
  type VillageEvaluationFacts,
  villageEvaluationActions,
  villageEvaluationRefusal,
} from './village-evaluation.ts';

const base: VillageEvaluationFacts = {
  actor: { role: 'township_office' },
  phase: 'evaluation',
  state: 'not_started',
  hasChair: true,
  hostCertified: false,
};

describe('village evaluation actions', () => {
  it.each([
    ['office, ready', {}, ['start', 'record_chair']],
    ['clerk, ready', { actor: { role: 'village_clerk' } }, ['start']],
    ['leader', { actor: { role: 'township_leader' } }, []],
    ['supervisor', { actor: { role: 'supervisor' } }, []],
    ['no chair yet', { hasChair: false }, ['record_chair']],
    ['in 践诺', { phase: 'fulfilment' }, ['record_chair']],
    ['archived', { phase: 'archived' }, []],
    ['poll drafted', { state: 'draft' }, ['record_chair']],
    ['host certified', { state: 'closed', hostCertified: true }, []],
    ['certified', { state: 'certified' }, []],
  ] as const)('%s', (_name, extra, allowed) => {
    expect(villageEvaluationActions({ ...base, ...extra } as VillageEvaluationFacts)).toEqual(allowed);
  });

  it('refuses in Chinese with the kind to act on', () => {
    expect(villageEvaluationRefusal({ ...base, phase: 'fulfilment' }, 'start')?.message).toContain('评诺');
    expect(villageEvaluationRefusal({ ...base, state: 'open' }, 'start')?.code).toBe('ALREADY_STARTED');
    expect(villageEvaluationRefusal({ ...base, hasChair: false }, 'start')?.code).toBe('NO_CHAIR');
    expect(villageEvaluationRefusal({ ...base, actor: { role: 'juror' } }, 'start')?.kind).toBe('forbidden');
  });

  it('property: a start needs the evaluation phase, no poll yet and a chair', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROLES),
        fc.constantFrom(...PHASES),
        fc.constantFrom('not_started', 'draft', 'open', 'closed', 'certified'),
        fc.boolean(),
        (role, phase, state, hasChair) => {
          const actions = villageEvaluationActions({
            actor: { role },
            phase,
            state,
            hasChair,
            hostCertified: false,
          });
          if (actions.includes('start')) {
            expect([phase, state, hasChair]).toEqual(['evaluation', 'not_started', true]);
          }
        },
      ),
    );
  });
});
