import { describe, expect, it } from 'vitest';
import type { Phase } from '../phases.ts';
import type { Role } from '../roles.ts';
import { type ResultsFacts, resultsActions, resultsRefusal } from './results.ts';

const facts = (over: Partial<ResultsFacts> & { role?: Role; phase?: Phase } = {}): ResultsFacts => ({
  actor: { role: over.role ?? 'township_office' },
  campaign: { year: 2026, phase: over.phase ?? 'evaluation' },
  frozen: over.frozen ?? false,
  published: over.published ?? false,
  incomplete: over.incomplete ?? 0,
});

describe('resultsActions', () => {
  it.each<[string, ResultsFacts, string[]]>([
    ['office, complete preview in 评诺', facts(), ['freeze']],
    ['office, incomplete preview', facts({ incomplete: 2 }), []],
    ['office, frozen, not published', facts({ frozen: true }), ['recompute', 'publish']],
    ['office, frozen and published', facts({ frozen: true, published: true }), ['recompute']],
    ['office, frozen, in 奖惩', facts({ frozen: true, phase: 'sanctions' }), ['publish']],
    ['office, in 践诺', facts({ phase: 'fulfilment' }), []],
    ['office, archived', facts({ frozen: true, phase: 'archived' }), []],
    ['leader', facts({ role: 'township_leader', frozen: true }), []],
    ['county viewer', facts({ role: 'county_viewer' }), []],
    ['cadre', facts({ role: 'village_cadre' }), []],
  ])('%s', (_, f, actions) => {
    expect(resultsActions(f)).toEqual(actions);
  });

  it('refuses with Chinese reasons of the right kind', () => {
    expect(resultsRefusal(facts({ role: 'juror' }), 'freeze')?.kind).toBe('forbidden');
    const phase = resultsRefusal(facts({ phase: 'fulfilment' }), 'freeze')!;
    expect(phase).toMatchObject({ kind: 'conflict', code: 'WRONG_PHASE' });
    expect(phase.message).toBe('2026 年度考评活动当前处于“践诺”阶段，只能在“评诺”阶段审核确认考评结果');
    expect(resultsRefusal(facts({ frozen: true }), 'freeze')?.code).toBe('FROZEN');
    expect(resultsRefusal(facts(), 'publish')?.code).toBe('NOT_FROZEN');
    expect(resultsRefusal(facts({ incomplete: 3 }), 'freeze')?.message).toContain('还有 3 名承诺主体');
  });
});
