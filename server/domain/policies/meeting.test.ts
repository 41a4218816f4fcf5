import { describe, expect, it } from 'vitest';
import type { Role } from '../roles.ts';
import { type MeetingFacts, meetingActions, meetingRefusal } from './meeting.ts';

describe('meeting actions', () => {
  it.each([
    ['village_clerk', false, false, ['edit', 'add_poll']],
    ['township_office', false, false, ['edit', 'add_poll']],
    ['village_clerk', false, true, ['add_poll']],
    ['village_clerk', true, false, []],
    ['village_cadre', false, false, []],
    ['township_leader', false, false, []],
    ['county_viewer', false, false, []],
    ['supervisor', false, false, []],
  ] as const)('%s, archived %s, certified poll %s → %j', (role, archived, hasCertifiedPoll, allowed) => {
    const facts: MeetingFacts = { actor: { role: role as Role }, archived, hasCertifiedPoll };
    expect(meetingActions(facts)).toEqual(allowed);
  });

  it('says why a record is locked', () => {
    const facts: MeetingFacts = { actor: { role: 'village_clerk' }, archived: false, hasCertifiedPoll: true };
    expect(meetingRefusal(facts, 'edit')).toMatchObject({ kind: 'conflict', code: 'CERTIFIED' });
    expect(meetingRefusal({ ...facts, archived: true }, 'add_poll')?.code).toBe('WRONG_PHASE');
    expect(meetingRefusal({ ...facts, actor: { role: 'juror' } }, 'edit')?.kind).toBe('forbidden');
  });
});
