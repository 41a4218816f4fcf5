/**
 * Who may do what at the 乡集中述职 (DESIGN §2.4 items 3 and 7). The office sets the meeting up while
 * the campaign is in 评诺 and runs it; jurors score the current reporter once, on their phone, unless
 * tied to the reporter's village (回避); a submitted score changes only through a correction asked
 * with a reason and confirmed by a second office account; paper sheets are keyed in by two accounts.
 */
import { type AppError, conflict, forbidden, wrongPhase } from '../../core/errors.ts';
import type { JuryMeetingStatus } from '../evaluation/jury-categories.ts';
import { isAllowed } from '../permissions.ts';
import type { Phase } from '../phases.ts';
import type { Role } from '../roles.ts';

const NOT_EVALUATION = wrongPhase('乡集中述职只在评诺阶段进行');

/** May the actor set up a meeting for a campaign in this phase (null when allowed). */
export function createMeetingRefusal(f: {
  actor: { role: Role };
  phase: Phase;
  exists: boolean;
}): AppError | null {
  if (!isAllowed(f.actor.role, 'jury.manage')) return forbidden();
  if (f.phase !== 'evaluation') return NOT_EVALUATION;
  if (f.exists) return conflict('MEETING_EXISTS', '本年度已安排乡集中述职会');
  return null;
}

export const JURY_MEETING_ACTIONS = [
  'edit',
  'add_juror',
  'remove_juror',
  'set_ties',
  'order_reporters',
  'issue_slip',
  'start',
  'next',
  'finish',
  'enter_paper',
  'request_correction',
  'view_report',
] as const;
export type JuryMeetingAction = (typeof JURY_MEETING_ACTIONS)[number];

export type JuryMeetingFacts = {
  actor: { role: Role };
  phase: Phase;
  status: JuryMeetingStatus;
  jurors: number;
  reporters: number;
  /** Every reporter has been called and their result is complete. */
  allComplete: boolean;
  /** A reporter is being called now. */
  hasCurrent: boolean;
};

const SETUP_ONLY: readonly JuryMeetingAction[] = ['add_juror', 'remove_juror', 'set_ties', 'order_reporters'];

export function juryMeetingRefusal(f: JuryMeetingFacts, action: JuryMeetingAction): AppError | null {
  if (!isAllowed(f.actor.role, 'jury.manage')) return forbidden();
  if (action === 'view_report') {
    return f.status === 'finished' ? null : conflict('NOT_FINISHED', '述职会结束后才能查看评委评分分析');
  }
  if (f.phase !== 'evaluation') return NOT_EVALUATION;
  if (SETUP_ONLY.includes(action) && f.status !== 'setup') {
    return conflict('MEETING_STARTED', '述职会已开始，评委、回避关系和述职顺序不能再改');
  }
  switch (action) {
    case 'edit':
    case 'issue_slip':
      return f.status === 'finished' ? conflict('MEETING_FINISHED', '述职会已结束') : null;
    case 'start':
      if (f.status !== 'setup') return conflict('MEETING_STARTED', '述职会已开始');
      if (f.jurors < 3) return conflict('TOO_FEW_JURORS', '评委至少 3 人才能开始述职会');
      if (f.reporters === 0) return conflict('NO_REPORTERS', '请先安排述职人及顺序');
      return null;
    case 'next':
    case 'enter_paper':
      return f.status === 'running' ? null : conflict('NOT_RUNNING', '述职会不在进行中');
    case 'finish':
      if (f.status !== 'running') return conflict('NOT_RUNNING', '述职会不在进行中');
      if (!f.allComplete || f.hasCurrent) {
        return conflict('RESULTS_PENDING', '还有述职人未述职或评分未完成，不能结束述职会');
      }
      return null;
    case 'request_correction':
      return f.status === 'setup' ? conflict('NOT_RUNNING', '述职会尚未开始') : null;
    default:
      return null;
  }
}

export const juryMeetingActions = (f: JuryMeetingFacts): JuryMeetingAction[] =>
  JURY_MEETING_ACTIONS.filter((a) => !juryMeetingRefusal(f, a));

export const JUROR_ACTIONS = ['score', 'declare_tie'] as const;
export type JurorAction = (typeof JUROR_ACTIONS)[number];

export type JurorFacts = {
  actor: { role: Role };
  phase: Phase;
  /** The actor is a juror of this meeting. */
  isJuror: boolean;
  status: JuryMeetingStatus;
  /** A reporter is being called now (score: the one scored is the current one). */
  isCurrent: boolean;
  /** The juror is tied to the current reporter's village. */
  recused: boolean;
  /** The juror has scored the current reporter (score) / a reporter of the village (declare_tie). */
  alreadyScored: boolean;
};

export function jurorRefusal(f: JurorFacts, action: JurorAction): AppError | null {
  if (!isAllowed(f.actor.role, 'jury.score')) return forbidden();
  if (!f.isJuror) return forbidden('您不是本次乡集中述职会的评委');
  if (f.phase !== 'evaluation') return NOT_EVALUATION;
  if (action === 'declare_tie') {
    if (f.status === 'finished') return conflict('MEETING_FINISHED', '述职会已结束');
    if (f.alreadyScored) return conflict('ALREADY_SCORED', '您已为该村的述职人评分，不能再申报回避');
    return null;
  }
  if (f.status !== 'running') return conflict('NOT_RUNNING', '述职会尚未开始或已结束');
  if (!f.isCurrent) return conflict('NOT_CURRENT', '只能为当前述职人评分');
  if (f.recused) return conflict('RECUSED', '您与该述职人所在村有关联，须回避，不能评分');
  if (f.alreadyScored) {
    return conflict('ALREADY_SCORED', '您已为该述职人评分，提交后不能修改；如需更正，请联系考评办');
  }
  return null;
}

export const jurorActions = (f: JurorFacts): JurorAction[] =>
  JUROR_ACTIONS.filter((a) => !jurorRefusal(f, a));

export const CORRECTION_ACTIONS = ['confirm', 'cancel'] as const;
export type CorrectionAction = (typeof CORRECTION_ACTIONS)[number];

export type CorrectionFacts = {
  actor: { role: Role; userId: string };
  phase: Phase;
  requestedBy: string;
  confirmed: boolean;
};

/** A correction is confirmed by a second office account; either may withdraw it while it is open. */
export function correctionRefusal(f: CorrectionFacts, action: CorrectionAction): AppError | null {
  if (!isAllowed(f.actor.role, 'jury.manage')) return forbidden();
  if (f.phase !== 'evaluation') return NOT_EVALUATION;
  if (f.confirmed) return conflict('CORRECTION_CONFIRMED', '该更正已确认');
  if (action === 'confirm' && f.actor.userId === f.requestedBy) {
    return conflict('SAME_PERSON', '更正须由另一位考评办人员确认，不能由提出人本人确认');
  }
  return null;
}

export const correctionActions = (f: CorrectionFacts): CorrectionAction[] =>
  CORRECTION_ACTIONS.filter((a) => !correctionRefusal(f, a));
