import { describe, expect, it } from 'vitest';
import type { Phase } from '../phases.ts';
import type { Role } from '../roles.ts';
import { sanctionActions, sanctionRefusal } from './sanctions.ts';

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
