/**
 * Who may do what to a poll (DESIGN §2.3), as pure functions of facts the service gathers: the
 * service refuses with `pollRefusal`, and every poll view carries `pollActions` for the web's buttons.
 */
import { type AppError, conflict, forbidden, wrongPhase } from '../../core/errors.ts';
import { isAllowed } from '../permissions.ts';
import type { Role } from '../roles.ts';

export const POLL_ACTIONS = [
  'open',
  'close',
  'issue_codes',
  'void_codes',
  'enter_tally',
  'certify_as_clerk',
  'certify_as_host',
  'correct',
] as const;
export type PollAction = (typeof POLL_ACTIONS)[number];

export type PollStatus = 'draft' | 'open' | 'closed' | 'certified';

export type PollFacts = {
  actor: { userId: string; role: Role; personId: string | null };
  status: PollStatus;
  /** The poll's campaign is archived (read-only). */
  archived: boolean;
  /** The meeting's recorded host account; null while none is recorded. */
  hostUserId: string | null;
  /** Persons the poll's questions are about (the cadre of a pledge, the evaluated participant). */
  subjectPersonIds: readonly string[];
  clerkCertifiedBy: string | null;
  hostCertifiedBy: string | null;
  /**
   * A 民主测评 (purpose 'democratic_evaluation'): `hostUserId` is then the account of the village's
   * recorded 村务监督委员会主任 (who chairs it, DESIGN §2.3), and the poll opens only while its meeting
   * has quorum (DESIGN §2.4.7). Absent for other purposes.
   */
  evaluation?: { quorumMet: boolean; quorumRule: string; present: number | null; required: number };
};

const STATUS_LABELS: Record<PollStatus, string> = {
  draft: '草稿',
  open: '投票中',
  closed: '已结束',
  certified: '已确认',
};

/** The status each action needs, and what the refusal says otherwise. */
const PHASE: Record<PollAction, { statuses: PollStatus[]; doing: string }> = {
  open: { statuses: ['draft'], doing: '开始投票' },
  close: { statuses: ['open'], doing: '结束投票' },
  issue_codes: { statuses: ['draft', 'open'], doing: '再生成选票码' },
  void_codes: { statuses: ['draft', 'open'], doing: '作废选票码（投票结束后不再需要作废）' },
  enter_tally: { statuses: ['closed'], doing: '录入纸质票（投票结束后、确认之前录入）' },
  certify_as_clerk: { statuses: ['closed'], doing: '确认（只有已结束的表决才能确认）' },
  certify_as_host: { statuses: ['closed'], doing: '确认（只有已结束的表决才能确认）' },
  correct: { statuses: ['certified'], doing: '更正（只能更正已确认的表决；未确认的请直接重新录入）' },
};

/**
 * May the role take the action at all? 'voting.write' for the clerk's steps, 'voting.certify' for the
 * certifications; and the narrow rule of the 民主测评: its host certification is also open to the
 * village's 村务监督委员会主任 (a supervisor account, 'village_evaluation.chair_certify').
 */
function roleMay(f: PollFacts, action: PollAction): boolean {
  const { role } = f.actor;
  if (action === 'certify_as_host' && f.evaluation && isAllowed(role, 'village_evaluation.chair_certify')) {
    return true;
  }
  const certifying = action === 'certify_as_clerk' || action === 'certify_as_host';
  return isAllowed(role, certifying ? 'voting.certify' : 'voting.write');
}

function hostRefusal(f: PollFacts): AppError | null {
  if (f.evaluation) {
    if (!f.hostUserId) {
      return conflict(
        'NO_CHAIR',
        '本村还没有登记村务监督委员会主任（及其账号），民主测评须由其作为主持人确认',
      );
    }
    if (f.hostUserId !== f.actor.userId) {
      return forbidden('民主测评由村务监督委员会主持，只有登记的村务监督委员会主任本人可以作为主持人确认');
    }
    return null;
  }
  if (!f.hostUserId) return conflict('NO_HOST', '会议没有登记主持人账号，请先在会议记录中登记主持人');
  if (f.hostUserId !== f.actor.userId) return forbidden('只有会议记录中登记的主持人本人可以作为主持人确认');
  return null;
}

function certifyRefusal(f: PollFacts, as: 'clerk' | 'host'): AppError | null {
  const { userId, role, personId } = f.actor;
  const other = as === 'clerk' ? f.hostCertifiedBy : f.clerkCertifiedBy;
  if (as === 'clerk') {
    if (!isAllowed(role, 'voting.write')) return forbidden('只有会议记录员或乡考评办可以作为记录人确认');
  } else {
    const host = hostRefusal(f);
    if (host) return host;
    if (personId && f.subjectPersonIds.includes(personId)) {
      return forbidden('本次表决涉及您本人（您的承诺事项或测评），您不能作为主持人确认，请由其他人主持确认');
    }
  }
  if ((as === 'clerk' ? f.clerkCertifiedBy : f.hostCertifiedBy) !== null) {
    return conflict('ALREADY_CERTIFIED', `已由${as === 'clerk' ? '记录人' : '主持人'}确认过`, 'as');
  }
  if (other === userId) return conflict('SAME_PERSON', '记录人与主持人须由两个不同的账号分别确认', 'as');
  return null;
}

/** Why a 民主测评 may not open yet (its meeting lacks quorum, DESIGN §2.4.7), in Chinese; null when it may. */
export function evaluationOpenProblem(e: NonNullable<PollFacts['evaluation']>): string | null {
  if (e.quorumMet) return null;
  const present =
    e.present === null
      ? '还没有登记实到人数'
      : `实到 ${e.present} 人，未达到法定人数（至少 ${e.required} 人）`;
  return `会议${present}，民主测评不能开始投票（${e.quorumRule}）`;
}

/** Why the actor may not take the action on the poll now (an error to throw), or null when allowed. */
export function pollRefusal(f: PollFacts, action: PollAction): AppError | null {
  if (!roleMay(f, action)) return forbidden();
  if (f.archived) return wrongPhase('该年度考评已归档，不能再修改');
  const phase = PHASE[action];
  if (!phase.statuses.includes(f.status)) {
    return wrongPhase(`表决当前为“${STATUS_LABELS[f.status]}”，不能${phase.doing}`);
  }
  const noQuorum = action === 'open' && f.evaluation ? evaluationOpenProblem(f.evaluation) : null;
  if (noQuorum) return conflict('NO_QUORUM', noQuorum);
  if (action === 'certify_as_clerk') return certifyRefusal(f, 'clerk');
  if (action === 'certify_as_host') return certifyRefusal(f, 'host');
  return null;
}

/** Every action the actor may take on the poll now: what the web shows buttons for. */
export const pollActions = (f: PollFacts): PollAction[] => POLL_ACTIONS.filter((a) => !pollRefusal(f, a));
