import { isAllowed } from '../permissions.ts';
import { PHASE_LABELS, type Phase } from '../phases.ts';
import type { PledgeStatus, SetStatus } from '../pledging/workflow.ts';
import type { Role } from '../roles.ts';
import type { PolicyRefusal } from './pledge.ts';

/**
 * Who may report progress on a pledge, and who may update many at once (DESIGN §2.6, 践诺): only on
 * approved pledges of a campaign in 践诺 or 评诺; a cadre on their own pledges, the village clerk
 * for the village's cadres (scope has seen to the village), the township office by .xlsx.
 */

export const PROGRESS_ACTIONS = ['report'] as const;
export type ProgressAction = (typeof PROGRESS_ACTIONS)[number];

export const CAMPAIGN_PROGRESS_ACTIONS = ['import'] as const;
export type CampaignProgressAction = (typeof CAMPAIGN_PROGRESS_ACTIONS)[number];

export type ProgressActor = { role: Role; personId: string | null };
type CampaignFacts = { year: number; phase: Phase };

export type ProgressFacts = {
  actor: ProgressActor;
  campaign: CampaignFacts;
  participant: { personId: string; excluded: boolean };
  setStatus: SetStatus;
  pledgeStatus: PledgeStatus;
};

const forbidden = (message: string): PolicyRefusal => ({ kind: 'forbidden', code: 'FORBIDDEN', message });
const conflict = (code: string, message: string): PolicyRefusal => ({ kind: 'conflict', code, message });

/**
 * Progress is reported while pledges are being fulfilled and through the year-end evaluation: cadres
 * keep working in December, and the 述职报告 and the inspection read the latest record.
 */
const REPORTING_PHASES: readonly Phase[] = ['fulfilment', 'evaluation'];

function phaseRefusal(campaign: CampaignFacts): PolicyRefusal | null {
  if (REPORTING_PHASES.includes(campaign.phase)) return null;
  return conflict(
    'WRONG_PHASE',
    `${campaign.year} 年度考评活动当前处于“${PHASE_LABELS[campaign.phase]}”阶段，践诺进展只能在“践诺”或“评诺”阶段填报`,
  );
}

/** The gates after who-may: the pledge approved and standing, its cadre taking part. */
function pledgeRefusal(facts: ProgressFacts): PolicyRefusal | null {
  if (facts.setStatus !== 'approved') {
    return conflict('NOT_APPROVED', '该承诺事项尚未经乡党委政府批准，批准后才能填报进展');
  }
  if (facts.pledgeStatus !== 'confirmed') return conflict('NOT_STANDING', '该承诺事项已撤回，不能填报进展');
  if (facts.participant.excluded) {
    return conflict('PARTICIPANT_EXCLUDED', '该村干部已被排除在本年度承诺考评之外，不能填报进展');
  }
  return null;
}

export function progressRefusal(facts: ProgressFacts, _action: ProgressAction): PolicyRefusal | null {
  const { actor } = facts;
  if (!isAllowed(actor.role, 'progress.write')) return forbidden('您没有执行此操作的权限');
  if (actor.role === 'village_cadre' && actor.personId !== facts.participant.personId) {
    return forbidden('村干部只能填报本人承诺事项的进展');
  }
  return phaseRefusal(facts.campaign) ?? pledgeRefusal(facts);
}

export const progressActions = (facts: ProgressFacts): ProgressAction[] =>
  PROGRESS_ACTIONS.filter((a) => progressRefusal(facts, a) === null);

/** The office's .xlsx update of the township's pledges (each row then meets pledgeRefusal too). */
export function campaignProgressRefusal(
  facts: { actor: ProgressActor; campaign: CampaignFacts },
  _action: CampaignProgressAction,
): PolicyRefusal | null {
  if (!isAllowed(facts.actor.role, 'progress.import')) return forbidden('您没有执行此操作的权限');
  return phaseRefusal(facts.campaign);
}

export const campaignProgressActions = (facts: {
  actor: ProgressActor;
  campaign: CampaignFacts;
}): CampaignProgressAction[] =>
  CAMPAIGN_PROGRESS_ACTIONS.filter((a) => campaignProgressRefusal(facts, a) === null);

/** The row-level check of the .xlsx import: the same pledge gates as a report. */
export const importRowRefusal = (facts: Omit<ProgressFacts, 'actor'>): PolicyRefusal | null =>
  phaseRefusal(facts.campaign) ??
  pledgeRefusal({ ...facts, actor: { role: 'township_office', personId: null } });
