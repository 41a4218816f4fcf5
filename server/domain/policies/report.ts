import { isAllowed } from '../permissions.ts';
import { PHASE_LABELS, type Phase } from '../phases.ts';
import type { ReportStatus } from '../reports/content.ts';
import type { Role } from '../roles.ts';
import type { PolicyRefusal } from './pledge.ts';

/**
 * Who may do what with a participant's 述职报告 (DESIGN §2.4 item 1). Scope has already kept the
 * caller to their county, township or village; this adds the rest: a cadre sees and writes only
 * their own, a leader sees only their contact villages, reports are written only in 评诺, a
 * submitted report is locked until the office returns it.
 */

export const REPORT_ACTIONS = ['view', 'save', 'submit', 'return', 'download'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

export type ReportFacts = {
  actor: { role: Role; personId: string | null; contactVillageIds: readonly string[] };
  campaign: { year: number; phase: Phase };
  participant: { personId: string; villageId: string; excluded: boolean };
  /** null: not started. */
  status: ReportStatus | null;
};

const forbidden = (message: string): PolicyRefusal => ({ kind: 'forbidden', code: 'FORBIDDEN', message });
const conflict = (code: string, message: string): PolicyRefusal => ({ kind: 'conflict', code, message });

function viewRefusal({ actor, participant }: ReportFacts): PolicyRefusal | null {
  if (!isAllowed(actor.role, 'report.read')) return forbidden('您没有查看述职报告的权限');
  if (actor.role === 'village_cadre' && actor.personId !== participant.personId) {
    return forbidden('村干部只能查看本人的述职报告');
  }
  if (actor.role === 'township_leader' && !actor.contactVillageIds.includes(participant.villageId)) {
    return forbidden('乡领导只能查看联系村的述职报告');
  }
  return null;
}

function phaseRefusal(campaign: ReportFacts['campaign'], what: string): PolicyRefusal | null {
  if (campaign.phase === 'evaluation') return null;
  return conflict(
    'WRONG_PHASE',
    `${campaign.year} 年度考评活动当前处于“${PHASE_LABELS[campaign.phase]}”阶段，述职报告只能在“评诺”阶段${what}`,
  );
}

function writeRefusal(facts: ReportFacts): PolicyRefusal | null {
  const { actor } = facts;
  if (!isAllowed(actor.role, 'report.write')) return forbidden('您没有填写述职报告的权限');
  if (actor.role === 'village_cadre' && actor.personId !== facts.participant.personId) {
    return forbidden('村干部只能填写本人的述职报告');
  }
  const phase = phaseRefusal(facts.campaign, '填写和提交');
  if (phase) return phase;
  if (facts.participant.excluded) {
    return conflict('PARTICIPANT_EXCLUDED', '该村干部已被排除在本年度承诺考评之外，不需提交述职报告');
  }
  if (facts.status === 'submitted') {
    return conflict('REPORT_LOCKED', '述职报告已提交，不能再修改；如需修改，请联系乡考评办退回');
  }
  return null;
}

function returnRefusal(facts: ReportFacts): PolicyRefusal | null {
  if (!isAllowed(facts.actor.role, 'report.return')) return forbidden('只有乡考评办可以退回述职报告');
  const phase = phaseRefusal(facts.campaign, '退回修改');
  if (phase) return phase;
  if (facts.status !== 'submitted') return conflict('NOT_SUBMITTED', '只能退回已提交的述职报告');
  return null;
}

export function reportRefusal(facts: ReportFacts, action: ReportAction): PolicyRefusal | null {
  const view = viewRefusal(facts);
  if (view || action === 'view') return view;
  switch (action) {
    case 'save':
    case 'submit':
      return writeRefusal(facts);
    case 'return':
      return returnRefusal(facts);
    case 'download':
      return facts.status === 'submitted' ? null : conflict('NOT_SUBMITTED', '述职报告提交后才能下载');
  }
}

export const reportActions = (facts: ReportFacts): ReportAction[] =>
  REPORT_ACTIONS.filter((a) => reportRefusal(facts, a) === null);
