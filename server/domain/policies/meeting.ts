/**
 * Who may do what to a meeting record (DESIGN §2.3). A meeting is corrected (time, place,
 * attendance, host …) until one of its polls is certified; then it is frozen and corrected by a new,
 * linked poll, never by editing the record. A meeting is deleted only while it has no poll.
 */
import { type AppError, conflict, forbidden, wrongPhase } from '../../core/errors.ts';
import { isAllowed } from '../permissions.ts';
import type { Role } from '../roles.ts';

export const MEETING_ACTIONS = ['edit', 'add_poll', 'delete'] as const;
export type MeetingAction = (typeof MEETING_ACTIONS)[number];

export type MeetingFacts = {
  actor: { role: Role };
  /** The meeting's campaign is archived (read-only). */
  archived: boolean;
  /** One of the meeting's polls is certified. */
  hasCertifiedPoll: boolean;
  /** The meeting has a poll (of any status). */
  hasPolls: boolean;
};

/** Why the actor may not take the action on the meeting (an error to throw), or null when allowed. */
export function meetingRefusal(f: MeetingFacts, action: MeetingAction): AppError | null {
  if (!isAllowed(f.actor.role, 'voting.write')) return forbidden();
  if (f.archived) return wrongPhase('该年度考评已归档，不能再修改');
  if (action === 'edit' && f.hasCertifiedPoll) {
    return conflict('CERTIFIED', '该会议已有表决结果经过确认，会议记录不能再修改；如需更正，请新建更正表决');
  }
  if (action === 'delete' && f.hasPolls) {
    return conflict('HAS_POLLS', '该会议已有表决，不能删除；登记有误的可以修改会议记录');
  }
  return null;
}

/** Roles whose accounts may be recorded as a meeting's host (the host certifies its votes). */
export const HOST_ROLES: readonly Role[] = ['village_cadre', 'township_leader', 'township_office'];

export const meetingActions = (f: MeetingFacts): MeetingAction[] =>
  MEETING_ACTIONS.filter((a) => !meetingRefusal(f, a));
