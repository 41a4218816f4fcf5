import { isAllowed } from '../permissions.ts';
import { PHASE_LABELS, type Phase } from '../phases.ts';
import type { Role } from '../roles.ts';
import type { PolicyRefusal } from './pledge.ts';

/**
 * Who may do what in 实地考核 (DESIGN §2.4 item 4), all only while the campaign is in 评诺:
 * - the office forms the inspection teams and assigns villages (`manage`), and locks a submitted
 *   village's inspection (`lock`) or opens it again for a correction (`unlock`: the village goes back
 *   to the team as 进行中, and its leader submits it again);
 * - a member of the team the village is assigned to records the pledges' items (`record`) until the
 *   office locks the village; the team leader submits the village (`submit`) once every pledge of it
 *   has its record;
 * - when the team filled paper forms on site, the office keys them in on the team's behalf
 *   (`record_paper`, the same rules, until the village is submitted), and may submit the village for the team when every
 *   record of it was keyed from paper (a record made on a phone is the team's: its leader submits);
 * - a photo can be removed (`remove`, photoActions) by whoever attached it, while they may still record
 *   and the village is not submitted: a submitted village's photos are frozen.
 */

export const INSPECTION_VILLAGE_ACTIONS = ['record', 'record_paper', 'submit', 'lock', 'unlock'] as const;
export type InspectionVillageAction = (typeof INSPECTION_VILLAGE_ACTIONS)[number];

export const CAMPAIGN_INSPECTION_ACTIONS = ['manage'] as const;
export type CampaignInspectionAction = (typeof CAMPAIGN_INSPECTION_ACTIONS)[number];

export type InspectionActor = { role: Role; personId: string | null };
export type InspectionCampaignFacts = { year: number; phase: Phase };

export type InspectionVillageFacts = {
  actor: InspectionActor;
  campaign: InspectionCampaignFacts;
  /** The team the village is assigned to, or null. */
  team: { memberPersonIds: readonly string[]; leaderPersonId: string | null } | null;
  submitted: boolean;
  locked: boolean;
  /** Pledges of the village to inspect, and how many have their record. */
  pledges: number;
  inspected: number;
  /** Of those records, how many the office keyed from the team's paper forms. */
  onPaper: number;
};

export const INSPECTION_PHOTO_ACTIONS = ['remove'] as const;
export type InspectionPhotoAction = (typeof INSPECTION_PHOTO_ACTIONS)[number];

const forbidden = (message: string): PolicyRefusal => ({ kind: 'forbidden', code: 'FORBIDDEN', message });
const conflict = (code: string, message: string): PolicyRefusal => ({ kind: 'conflict', code, message });

function phaseRefusal(c: InspectionCampaignFacts): PolicyRefusal | null {
  if (c.phase === 'evaluation') return null;
  return conflict(
    'WRONG_PHASE',
    `${c.year} 年度考评活动当前处于“${PHASE_LABELS[c.phase]}”阶段，实地考核只在“评诺”阶段进行`,
  );
}

function memberRefusal(f: InspectionVillageFacts, leaderOnly: boolean): PolicyRefusal | null {
  if (!isAllowed(f.actor.role, 'inspection.record')) return forbidden('您没有执行此操作的权限');
  const person = f.actor.personId;
  if (!f.team || !person || !f.team.memberPersonIds.includes(person)) {
    return forbidden('该村不在您所在考察组的考核范围内');
  }
  if (leaderOnly && f.team.leaderPersonId !== person) return forbidden('只有考察组组长可以提交');
  return null;
}

const lockedRefusal = (f: InspectionVillageFacts) =>
  f.locked ? conflict('INSPECTION_LOCKED', '该村的实地考核已由乡考评办锁定，不能再修改') : null;

function officeRefusal(f: InspectionVillageFacts): PolicyRefusal | null {
  if (!isAllowed(f.actor.role, 'inspection.manage')) return forbidden('您没有执行此操作的权限');
  if (!f.team) return conflict('NO_TEAM', '该村尚未分配考察组，不能录入纸质考核表');
  return null;
}

/** The office submits for the team only a village inspected wholly on paper. */
function submitterRefusal(f: InspectionVillageFacts): PolicyRefusal | null {
  if (!isAllowed(f.actor.role, 'inspection.manage')) return memberRefusal(f, true);
  const refused = officeRefusal(f);
  if (refused) return refused;
  if (f.onPaper < f.inspected) {
    return forbidden('该村有考察组在手机上记录的考核，须由考察组组长提交');
  }
  return null;
}

const RULES: Record<InspectionVillageAction, (f: InspectionVillageFacts) => PolicyRefusal | null> = {
  record: (f) => memberRefusal(f, false) ?? phaseRefusal(f.campaign) ?? lockedRefusal(f),
  record_paper: (f) =>
    officeRefusal(f) ??
    phaseRefusal(f.campaign) ??
    lockedRefusal(f) ??
    (f.submitted ? conflict('ALREADY_SUBMITTED', '该村的实地考核已提交，不能再录入纸质考核表') : null),
  submit: (f) => {
    const refused = submitterRefusal(f) ?? phaseRefusal(f.campaign) ?? lockedRefusal(f);
    if (refused) return refused;
    if (f.submitted) return conflict('ALREADY_SUBMITTED', '该村的实地考核已提交');
    if (f.pledges === 0) return conflict('NOTHING_TO_INSPECT', '该村没有需要考核的承诺事项');
    const left = f.pledges - f.inspected;
    if (left > 0) return conflict('ITEMS_LEFT', `还有 ${left} 项承诺事项未考核，全部考核后才能提交`);
    return null;
  },
  lock: (f) => {
    if (!isAllowed(f.actor.role, 'inspection.manage')) return forbidden('您没有执行此操作的权限');
    const refused = phaseRefusal(f.campaign);
    if (refused) return refused;
    if (f.locked) return conflict('INSPECTION_LOCKED', '该村的实地考核已锁定');
    if (!f.submitted) return conflict('NOT_SUBMITTED', '考察组提交后才能锁定');
    return null;
  },
  unlock: (f) => {
    if (!isAllowed(f.actor.role, 'inspection.manage')) return forbidden('您没有执行此操作的权限');
    const refused = phaseRefusal(f.campaign);
    if (refused) return refused;
    if (!f.locked) return conflict('NOT_LOCKED', '该村的实地考核未锁定');
    return null;
  },
};

export const inspectionVillageRefusal = (f: InspectionVillageFacts, action: InspectionVillageAction) =>
  RULES[action](f);

export const inspectionVillageActions = (f: InspectionVillageFacts): InspectionVillageAction[] =>
  INSPECTION_VILLAGE_ACTIONS.filter((a) => RULES[a](f) === null);

/** Removing a photo from a record: its uploader, while they may record, before the village is submitted. */
export function photoRefusal(
  f: InspectionVillageFacts,
  photo: { attachedByMe: boolean },
  _action: InspectionPhotoAction,
): PolicyRefusal | null {
  const recording = isAllowed(f.actor.role, 'inspection.manage') ? 'record_paper' : 'record';
  const refused = RULES[recording](f);
  if (refused) return refused;
  if (f.submitted) return conflict('INSPECTION_SUBMITTED', '该村的实地考核已提交，照片不能再删除');
  if (!photo.attachedByMe) return forbidden('只能删除自己上传的照片');
  return null;
}

export const photoActions = (f: InspectionVillageFacts, photo: { attachedByMe: boolean }) =>
  INSPECTION_PHOTO_ACTIONS.filter((a) => photoRefusal(f, photo, a) === null);

/** Forming teams and assigning villages: the office, in 评诺. */
export function campaignInspectionRefusal(
  facts: { actor: InspectionActor; campaign: InspectionCampaignFacts },
  _action: CampaignInspectionAction,
): PolicyRefusal | null {
  if (!isAllowed(facts.actor.role, 'inspection.manage')) return forbidden('您没有执行此操作的权限');
  return phaseRefusal(facts.campaign);
}

export const campaignInspectionActions = (facts: {
  actor: InspectionActor;
  campaign: InspectionCampaignFacts;
}): CampaignInspectionAction[] =>
  CAMPAIGN_INSPECTION_ACTIONS.filter((a) => campaignInspectionRefusal(facts, a) === null);
