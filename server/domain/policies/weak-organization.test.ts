import { describe, expect, it } from 'vitest';
import type { Role } from '../roles.ts';
import {
  weakCandidateActions,
  weakListingRefusal,
  weakOrganizationActions,
  weakOrganizationRefusal,
} from './weak-organization.ts';

describe('weakOrganizationRefusal', () => {
  it.each<[Role, boolean, string | null]>([
    ['township_office', false, null],
    ['township_office', true, 'CLOSED'],
    ['township_leader', false, 'FORBIDDEN'],
    ['county_viewer', false, 'FORBIDDEN'],
    ['village_cadre', false, 'FORBIDDEN'],
  ])('%s (closed: %s) → %s', (role, closed, code) => {
    expect(weakOrganizationRefusal({ role, closed }, 'follow_up')?.code ?? null).toBe(code);
    expect(weakOrganizationActions({ role, closed })).toEqual(code ? [] : ['follow_up', 'close']);
  });
});

describe('weakListingRefusal', () => {
  it.each<[Role, boolean, boolean, string | null]>([
    ['township_office', true, false, null],
    ['township_office', false, false, 'RESULTS_NOT_CONFIRMED'],
    ['township_office', true, true, 'LISTED'],
    ['township_leader', true, false, 'FORBIDDEN'],
    ['county_viewer', true, false, 'FORBIDDEN'],
  ])('%s (confirmed: %s, listed: %s) → %s', (role, resultsConfirmed, listed, code) => {
    expect(weakListingRefusal({ role, resultsConfirmed, listed })?.code ?? null).toBe(code);
    expect(weakCandidateActions({ role, resultsConfirmed, listed })).toEqual(code ? [] : ['list']);
  });
});
