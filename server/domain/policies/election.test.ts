import { describe, expect, it } from 'vitest';
import type { Role } from '../roles.ts';
import { type ElectionAction, electionActions, electionRefusal } from './election.ts';

const DAY = '2026-12-20';

describe('electionRefusal', () => {
  it.each<[Role, string, boolean, number, ElectionAction[]]>([
    ['township_office', '2026-12-01', false, 0, ['add_candidate']],
    ['township_office', '2026-12-01', false, 2, ['add_candidate', 'publish']],
    ['township_office', DAY, false, 2, ['add_candidate', 'publish', 'record_results']],
    ['township_office', '2026-12-21', false, 2, ['publish', 'record_results']],
    ['township_office', '2026-12-21', true, 2, ['publish']],
    ['township_leader', DAY, false, 2, []],
    ['county_viewer', DAY, false, 2, []],
    ['village_cadre', DAY, false, 2, []],
  ])('%s on %s (recorded: %s, %d candidates) → %j', (role, today, resultsRecorded, candidates, allowed) => {
    const facts = { role, today, electionDate: DAY, resultsRecorded, candidates };
    expect(electionActions(facts)).toEqual(allowed);
    for (const a of ['add_candidate', 'publish', 'record_results'] as const)
      expect(electionRefusal(facts, a) === null).toBe(allowed.includes(a));
  });
});
