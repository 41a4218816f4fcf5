import { describe, expect, it } from 'vitest';
import type { Role } from '../roles.ts';
import { type MeetingFacts, meetingActions, meetingRefusal } from './meeting.ts';

describe('meeting actions', () => {
  it.each([
    ['village_clerk', false, false, false, ['edit', 'add_poll', 'delete']],
    ['village_clerk', false, false, true, ['edit', 'add_poll']],
    ['township_office', false, false, false, ['edit', 'add_poll', 'delete']],
    ['village_clerk', false, true, true, ['add_poll']],
    ['village_clerk', true, false, false, []],
    ['village_cadre', false, false, false, []],
    ['township_leader', false, false, false, []],
    ['county_viewer', false, false, false, []],
    ['supervisor', false, false, false, []],
  ] as const)(
    '%s, archived %s, certified poll %s, polls %s → %j',
    (role, archived, hasCertifiedPoll, hasPolls, allowed) => {
      const facts: MeetingFacts = { actor: { role: role as Role }, archived, hasCertifiedPoll, hasPolls };
      expect(meetingActions(facts)).toEqual(allowed);
    },
  );

  it('says why a record is locked', () => {
    const facts: MeetingFacts = {
      actor: { role: 'village_clerk' },
      archived: false,
      hasCertifiedPoll: true,
      hasPolls: true,
    };
    expect(meetingRefusal(facts, 'delete')).toMatchObject({ kind: 'conflict', code: 'HAS_POLLS' });
    expect(meetingRefusal(facts, 'edit')).toMatchObject({ kind: 'conflict', code: 'CERTIFIED' });
    expect(meetingRefusal({ ...facts, archived: true }, 'add_poll')?.code).toBe('WRONG_PHASE');
    expect(meetingRefusal({ ...facts, actor: { role: 'juror' } }, 'edit')?.kind).toBe('forbidden');
  });
});
