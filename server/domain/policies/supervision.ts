/**
 * Who may do what in supervision (DESIGN §2.6, work plan 五(三)): the office records supervisor
 * elections, the supervision group's checks and the training sessions, and assigns contact
 * villages; an elected supervisor in term reports on the approved pledges of their village; a
 * township leader logs visits to their contact villages; rectifications are followed up by the
 * office or the village's contact leader until closed. Nothing changes once the year is archived.
 */
import { type AppError, conflict, forbidden, wrongPhase } from '../../core/errors.ts';
import type { Phase } from '../phases.ts';
import type { Role } from '../roles.ts';

const ARCHIVED = '该年度考评已归档，不能再修改';
const archived = (phase: Phase) => (phase === 'archived' ? wrongPhase(ARCHIVED) : null);

export const CAMPAIGN_SUPERVISION_ACTIONS = [
  'record_election',
  'record_check',
  'record_session',
  'assign_contacts',
] as const;
export type CampaignSupervisionAction = (typeof CAMPAIGN_SUPERVISION_ACTIONS)[number];

export type CampaignSupervisionFacts = { actor: { role: Role }; phase: Phase };

export function campaignSupervisionRefusal(
  f: CampaignSupervisionFacts,
  _action: CampaignSupervisionAction,
): AppError | null {
  if (f.actor.role !== 'township_office') return forbidden();
  return archived(f.phase);
}

export const campaignSupervisionActions = (f: CampaignSupervisionFacts) =>
  CAMPAIGN_SUPERVISION_ACTIONS.filter((a) => !campaignSupervisionRefusal(f, a));

/** Supervision reports are filed while pledges are being fulfilled and evaluated. */
const REPORT_PHASES: readonly Phase[] = ['fulfilment', 'evaluation'];

export const PLEDGE_SUPERVISION_ACTIONS = ['report'] as const;
export type PledgeSupervisionAction = (typeof PLEDGE_SUPERVISION_ACTIONS)[number];

export type PledgeSupervisionFacts = {
  actor: { role: Role };
  phase: Phase;
  /** The pledge is confirmed and its set approved by the township. */
  approved: boolean;
  /** The actor is an elected supervisor of the pledge's village whose term covers today. */
  supervisorInTerm: boolean;
};

export function pledgeSupervisionRefusal(
  f: PledgeSupervisionFacts,
  _action: PledgeSupervisionAction,
): AppError | null {
  if (f.actor.role !== 'supervisor') return forbidden();
  if (!f.supervisorInTerm) {
    return forbidden('您不是本村在任的村民监督员（未登记当选或任期已满），不能提交监督报告');
  }
  if (f.phase === 'archived') return wrongPhase(ARCHIVED);
  if (!REPORT_PHASES.includes(f.phase)) return wrongPhase('践诺和评诺阶段才能提交监督报告');
  if (!f.approved) return conflict('NOT_APPROVED', '只能监督经乡党委政府批准的承诺事项');
  return null;
}

export const pledgeSupervisionActions = (f: PledgeSupervisionFacts) =>
  PLEDGE_SUPERVISION_ACTIONS.filter((a) => !pledgeSupervisionRefusal(f, a));

export const RECTIFICATION_ACTIONS = ['follow_up', 'close'] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];

export type RectificationFacts = {
  actor: { role: Role };
  phase: Phase;
  closed: boolean;
  /** The actor is a township leader with this village among their contact villages. */
  contactLeader: boolean;
};

export function rectificationRefusal(f: RectificationFacts, _action: RectificationAction): AppError | null {
  if (f.actor.role !== 'township_office' && !(f.actor.role === 'township_leader' && f.contactLeader)) {
    return forbidden('只有乡考评办和该村的联系领导可以跟进整改');
  }
  if (f.phase === 'archived') return wrongPhase(ARCHIVED);
  if (f.closed) return conflict('RECTIFICATION_CLOSED', '该整改要求已整改完成');
  return null;
}

export const rectificationActions = (f: RectificationFacts) =>
  RECTIFICATION_ACTIONS.filter((a) => !rectificationRefusal(f, a));

export const VILLAGE_SUPERVISION_ACTIONS = ['log_visit'] as const;
export type VillageSupervisionAction = (typeof VILLAGE_SUPERVISION_ACTIONS)[number];

export type VillageSupervisionFacts = { actor: { role: Role }; phase: Phase; contactLeader: boolean };

export function villageSupervisionRefusal(
  f: VillageSupervisionFacts,
  _action: VillageSupervisionAction,
): AppError | null {
  if (f.actor.role !== 'township_leader') return forbidden();
  if (!f.contactLeader) return forbidden('只能登记您的联系村的走访');
  return archived(f.phase);
}

export const villageSupervisionActions = (f: VillageSupervisionFacts) =>
  VILLAGE_SUPERVISION_ACTIONS.filter((a) => !villageSupervisionRefusal(f, a));

export const SUPERVISOR_ACTIONS = ['open_account'] as const;
export type SupervisorAction = (typeof SUPERVISOR_ACTIONS)[number];

export type SupervisorFacts = { actor: { role: Role }; phase: Phase; hasAccount: boolean };

export function supervisorRefusal(f: SupervisorFacts, _action: SupervisorAction): AppError | null {
  if (f.actor.role !== 'township_office') return forbidden();
  if (f.phase === 'archived') return wrongPhase(ARCHIVED);
  if (f.hasAccount) return conflict('ACCOUNT_EXISTS', '该监督员已有账号');
  return null;
}

export const supervisorActions = (f: SupervisorFacts) =>
  SUPERVISOR_ACTIONS.filter((a) => !supervisorRefusal(f, a));
