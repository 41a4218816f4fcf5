import { flaggedPairs, type Idf, type OverlapPair, type PledgeText } from './overlap.ts';
import { type PledgeStatus, SET_STATUS_LABELS, type SetStatus } from './workflow.ts';

/**
 * The checks before township approval, per participant of one village (DESIGN §2.2, issue 4 §5):
 * enough confirmed items (原则上不少于 N 件; below only with an office override and a reason), no
 * unresolved overlap with the other post holder (不能交叉), due dates within the year, and the
 * commitment deadline. Excluded participants take no part.
 */
export type ChecklistConfig = {
  minItemsPerPerson: number;
  dualPostMinimum: 'once' | 'twice';
  overlapThreshold: number;
  commitmentDeadline: string;
};

export type ChecklistPledge = PledgeText & { status: PledgeStatus; dueDate: string; version: number };

export type ChecklistParticipant = {
  id: string;
  isSecretary: boolean;
  isDirector: boolean;
  excluded: boolean;
  setStatus: SetStatus | null;
  /** Office override of the minimum, with its reason. */
  minimumOverrideReason: string | null;
  pledges: ChecklistPledge[];
};

/** An office decision that a flagged pair is not an overlap, valid for the pledge versions it saw. */
export type OverlapOverride = {
  aId: string;
  bId: string;
  aVersion: number;
  bVersion: number;
  reason: string;
};

export type CheckKey = 'status' | 'minimum' | 'overlap' | 'due_dates' | 'deadline';
export type Check = { key: CheckKey; ok: boolean; message: string; overridden?: string };

export type FlaggedPair = OverlapPair & {
  aParticipantId: string;
  bParticipantId: string;
  /** The reason of an office override, or null while the pair blocks approval. */
  overrideReason: string | null;
};

export type ParticipantChecklist = {
  participantId: string;
  excluded: boolean;
  required: number;
  confirmed: number;
  overdue: boolean;
  checks: Check[];
  /** Every blocking check passes (the set's own status aside). */
  ready: boolean;
};

export type VillageChecklist = { participants: ParticipantChecklist[]; pairs: FlaggedPair[] };

/** The minimum for a participant: doubled for one person holding both posts when config says 'twice'. */
export function requiredItems(
  config: ChecklistConfig,
  p: { isSecretary: boolean; isDirector: boolean },
): number {
  const both = p.isSecretary && p.isDirector;
  return config.minItemsPerPerson * (both && config.dualPostMinimum === 'twice' ? 2 : 1);
}

const activePledges = (p: ChecklistParticipant) => p.pledges.filter((x) => x.status !== 'withdrawn');

/** After the commitment deadline, a participant whose items are not all confirmed is overdue. */
export function isOverdue(config: ChecklistConfig, p: ChecklistParticipant, today: string): boolean {
  if (p.excluded || today <= config.commitmentDeadline) return false;
  const status = p.setStatus;
  return status !== 'confirmed' && status !== 'approved';
}

/** Pairs of pledges of two different, non-excluded participants of the village, one a secretary, the other a director. */
export function overlapPairs(
  participants: readonly ChecklistParticipant[],
  config: ChecklistConfig,
  overrides: readonly OverlapOverride[],
  idf: Idf,
): FlaggedPair[] {
  const inPlay = participants.filter((p) => !p.excluded);
  const pairs: FlaggedPair[] = [];
  for (const a of inPlay) {
    for (const b of inPlay) {
      if (a.id >= b.id || !((a.isSecretary && b.isDirector) || (a.isDirector && b.isSecretary))) continue;
      const found = flaggedPairs(activePledges(a), activePledges(b), config.overlapThreshold, idf);
      for (const pair of found)
        pairs.push({ ...pair, aParticipantId: a.id, bParticipantId: b.id, overrideReason: null });
    }
  }
  const version = new Map(participants.flatMap((p) => p.pledges.map((x) => [x.id, x.version] as const)));
  for (const pair of pairs) {
    const o = overrides.find(
      (x) =>
        ((x.aId === pair.aId && x.bId === pair.bId) || (x.aId === pair.bId && x.bId === pair.aId)) &&
        version.get(x.aId) === x.aVersion &&
        version.get(x.bId) === x.bVersion,
    );
    pair.overrideReason = o?.reason ?? null;
  }
  return pairs;
}

function minimumCheck(config: ChecklistConfig, p: ChecklistParticipant, confirmed: number): Check {
  const required = requiredItems(config, p);
  if (confirmed >= required) {
    return { key: 'minimum', ok: true, message: `已确认承诺事项 ${confirmed} 项，不少于 ${required} 项` };
  }
  const message = `已确认承诺事项 ${confirmed} 项，少于 ${required} 项`;
  if (p.minimumOverrideReason) {
    return {
      key: 'minimum',
      ok: true,
      message: `${message}（乡考评办已同意）`,
      overridden: p.minimumOverrideReason,
    };
  }
  return { key: 'minimum', ok: false, message: `${message}：须补足，或由乡考评办说明理由后同意` };
}

function overlapCheck(p: ChecklistParticipant, pairs: FlaggedPair[]): Check {
  const mine = pairs.filter((x) => x.aParticipantId === p.id || x.bParticipantId === p.id);
  const open = mine.filter((x) => x.overrideReason === null);
  if (open.length > 0) {
    return {
      key: 'overlap',
      ok: false,
      message: `有 ${open.length} 对承诺事项与另一名村干部的事项交叉重复，须修改或由乡考评办说明理由`,
    };
  }
  if (mine.length > 0) {
    return {
      key: 'overlap',
      ok: true,
      message: `疑似交叉的 ${mine.length} 对事项已由乡考评办确认不重复`,
      overridden: mine.map((x) => x.overrideReason).join('；'),
    };
  }
  return { key: 'overlap', ok: true, message: '与另一名村干部的承诺事项没有交叉' };
}

function dueDateCheck(p: ChecklistParticipant, year: number): Check {
  const late = activePledges(p).filter((x) => x.dueDate > `${year}-12-31` || x.dueDate < `${year}-01-01`);
  if (late.length > 0)
    return {
      key: 'due_dates',
      ok: false,
      message: `有 ${late.length} 项承诺事项的完成时限不在 ${year} 年内`,
    };
  return { key: 'due_dates', ok: true, message: `完成时限都在 ${year} 年内` };
}

function statusCheck(p: ChecklistParticipant): Check {
  const status = p.setStatus;
  if (status === 'confirmed' || status === 'approved') {
    return { key: 'status', ok: true, message: SET_STATUS_LABELS[status] };
  }
  return {
    key: 'status',
    ok: false,
    message: status ? `${SET_STATUS_LABELS[status]}：尚未经群众表决确认` : '尚未起草承诺事项',
  };
}

function deadlineCheck(config: ChecklistConfig, p: ChecklistParticipant, today: string): Check {
  if (isOverdue(config, p, today)) {
    return {
      key: 'deadline',
      ok: false,
      message: `已超过承诺截止日期 ${config.commitmentDeadline}，承诺事项尚未确认`,
    };
  }
  return { key: 'deadline', ok: true, message: `承诺截止日期 ${config.commitmentDeadline}` };
}

/** The village's checklist: one entry per participant, the flagged pairs side by side. */
export function villageChecklist(
  participants: readonly ChecklistParticipant[],
  config: ChecklistConfig,
  overrides: readonly OverlapOverride[],
  context: { year: number; today: string; idf: Idf },
): VillageChecklist {
  const pairs = overlapPairs(participants, config, overrides, context.idf);
  const entries = participants.map((p): ParticipantChecklist => {
    const confirmed = activePledges(p).filter((x) => x.status === 'confirmed').length;
    const base = { participantId: p.id, required: requiredItems(config, p), confirmed };
    if (p.excluded) return { ...base, excluded: true, overdue: false, checks: [], ready: false };
    const checks = [
      statusCheck(p),
      minimumCheck(config, p, confirmed),
      overlapCheck(p, pairs),
      dueDateCheck(p, context.year),
      deadlineCheck(config, p, context.today),
    ];
    // Lateness is shown, not blocking: a late set can still be approved.
    const ready = checks.filter((c) => c.key !== 'deadline' && c.key !== 'status').every((c) => c.ok);
    return { ...base, excluded: false, overdue: isOverdue(config, p, context.today), checks, ready };
  });
  return { participants: entries, pairs };
}
