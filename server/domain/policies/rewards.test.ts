import { describe, expect, it } from 'vitest';
import type { Phase } from '../phases.ts';
import type { Role } from '../roles.ts';
import {
  commendationActions,
  commendationRefusal,
  payActions,
  payRefusal,
  rewardsAvailable,
} from './rewards.ts';

const year = { role: 'township_office' as Role, phase: 'sanctions' as Phase, resultsConfirmed: true };
const pay = { ...year, signed: false, missingBases: 0 };
const commend = { ...year, issued: false, honourees: 2 };

describe('pay sheet actions', () => {
  it.each([
    ['an open sheet with every base', pay, ['edit', 'sign']],
    ['bases missing', { ...pay, missingBases: 3 }, ['edit']],
    ['signed', { ...pay, signed: true }, ['correct']],
    ['archived', { ...pay, phase: 'archived' as Phase }, []],
    ['still evaluating', { ...pay, phase: 'evaluation' as Phase }, []],
    ['results not confirmed', { ...pay, resultsConfirmed: false }, []],
    ['a township leader', { ...pay, role: 'township_leader' as Role }, []],
    ['the county viewer', { ...pay, role: 'county_viewer' as Role, signed: true }, []],
  ])('%s', (_, facts, actions) => expect(payActions(facts)).toEqual(actions));

  it('says why in Chinese', () => {
    expect(payRefusal({ ...pay, missingBases: 3 }, 'sign')?.message).toBe(
      '还有 3 名村干部没有填写绩效工资基数',
    );
    expect(payRefusal({ ...pay, signed: true }, 'edit')).toMatchObject({ kind: 'conflict', code: 'SIGNED' });
    expect(payRefusal({ ...pay, role: 'inspector' }, 'edit')?.kind).toBe('forbidden');
  });
});

describe('commendation actions', () => {
  it.each([
    ['a draft with honourees', commend, ['edit', 'issue']],
    ['nobody 优秀', { ...commend, honourees: 0 }, ['edit']],
    ['issued', { ...commend, issued: true }, []],
    ['archived', { ...commend, phase: 'archived' as Phase }, []],
    ['a village clerk', { ...commend, role: 'village_clerk' as Role }, []],
  ])('%s', (_, facts, actions) => expect(commendationActions(facts)).toEqual(actions));

  it('refuses issuing twice', () =>
    expect(commendationRefusal({ ...commend, issued: true }, 'issue')?.code).toBe('ISSUED'));
});

describe('availability', () => {
  it.each([
    ['sanctions', true, true],
    ['archived', true, true],
    ['sanctions', false, false],
    ['evaluation', true, false],
  ] as const)('%s, confirmed %s → %s', (phase, resultsConfirmed, available) =>
    expect(rewardsAvailable({ phase, resultsConfirmed })).toBe(available),
  );
});
