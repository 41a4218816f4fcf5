import { describe, expect, it } from 'vitest';
import type { Role } from '../roles.ts';
import {
  type PublicationFacts,
  publicationActions,
  publicationRefusal,
  publishRefusal,
} from './publication.ts';

describe('publication actions', () => {
  it.each([
    ['township_office', false, false, ['withdraw']],
    ['township_office', false, true, []],
    ['township_office', true, false, []],
    ['village_cadre', false, false, []],
    ['village_clerk', false, false, []],
    ['township_leader', false, false, []],
    ['county_viewer', false, false, []],
    ['supervisor', false, false, []],
  ] as const)('%s, archived %s, withdrawn %s → %j', (role, archived, withdrawn, allowed) => {
    const facts: PublicationFacts = { actor: { role: role as Role }, archived, withdrawn };
    expect(publicationActions(facts)).toEqual(allowed);
  });

  it('says why', () => {
    const office = { actor: { role: 'township_office' as Role }, archived: false, withdrawn: true };
    expect(publicationRefusal(office, 'withdraw')).toMatchObject({ kind: 'conflict', code: 'WITHDRAWN' });
    expect(publishRefusal({ ...office, archived: true })?.code).toBe('WRONG_PHASE');
    expect(publishRefusal({ actor: { role: 'village_cadre' }, archived: false })?.kind).toBe('forbidden');
    expect(publishRefusal({ actor: { role: 'township_office' }, archived: false })).toBeNull();
  });
});
