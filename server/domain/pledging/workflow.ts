import { isRejected } from '../voting/outcome.ts';

/**
 * One participant's pledge set through the pledging phase (work plan 三(一)3, DESIGN §2.2):
 * draft → soliciting (征求意见) → committee_passed (两委会议通过) → voting (表决) → confirmed
 * (all items confirmed, awaiting the township) → approved (乡党委政府批准, locked) | returned (退回).
 * An item voted down goes back: the set returns to soliciting, the item must be revised, passed by
 * the two committees again and voted again; confirmed items stay confirmed.
 */
export const SET_STATUSES = [
  'draft',
  'soliciting',
  'committee_passed',
  'voting',
  'confirmed',
  'approved',
  'returned',
] as const;
export type SetStatus = (typeof SET_STATUSES)[number];

export const SET_STATUS_LABELS: Record<SetStatus, string> = {
  draft: '起草中',
  soliciting: '征求意见中',
  committee_passed: '两委会议已通过',
  voting: '表决中',
  confirmed: '群众已确认，待乡审批',
  approved: '乡党委政府已批准',
  returned: '乡审批退回修改',
};

export const PLEDGE_STATUSES = ['draft', 'voting', 'confirmed', 'rejected', 'withdrawn'] as const;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];

export const PLEDGE_STATUS_LABELS: Record<PledgeStatus, string> = {
  draft: '待表决',
  voting: '表决中',
  confirmed: '已确认',
  rejected: '未通过，待修改',
  withdrawn: '已撤回',
};

export type Refusal = { code: string; message: string };
export type Step<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

const ok = <T>(value: T): Step<T> => ({ ok: true, value });
const refuse = <T>(code: string, message: string): Step<T> => ({ ok: false, refusal: { code, message } });

const LOCKED = 'PLEDGES_LOCKED';
const WRONG_STATE = 'WRONG_SET_STATUS';

export type ItemState = { id: string; status: PledgeStatus };
export type SetState = { status: SetStatus; items: ItemState[] };

const active = (items: ItemState[]) => items.filter((i) => i.status !== 'withdrawn');
const statusIn = (s: SetStatus, list: SetStatus[]) => list.includes(s);
const EDITABLE: SetStatus[] = ['draft', 'soliciting', 'returned'];

function notEditable(status: SetStatus): Refusal {
  if (status === 'approved') return { code: LOCKED, message: '承诺事项已经乡党委政府批准，不能再修改' };
  return {
    code: WRONG_STATE,
    message: `承诺事项“${SET_STATUS_LABELS[status]}”，此时不能修改：两委会议通过后至表决结束前事项保持不变`,
  };
}

/** May items be added to the set now? */
export function canAddItem(status: SetStatus): Step<PledgeStatus> {
  if (!statusIn(status, EDITABLE)) return { ok: false, refusal: notEditable(status) };
  return ok('draft');
}

/**
 * Editing an item: drafts stay drafts; a rejected item becomes a revised draft (to be voted again);
 * a confirmed item may only change after the township returned the set, and then needs a new vote.
 */
export function editItem(status: SetStatus, item: PledgeStatus): Step<PledgeStatus> {
  if (!statusIn(status, EDITABLE)) return { ok: false, refusal: notEditable(status) };
  if (item === 'withdrawn') return refuse(WRONG_STATE, '该承诺事项已撤回，不能修改');
  if (item === 'confirmed' && status !== 'returned') {
    return refuse(WRONG_STATE, '该承诺事项已经群众表决确认，只有乡审批退回后才能修改（修改后须重新表决）');
  }
  return ok('draft');
}

/** Withdrawing an item keeps it in the history; a confirmed one only after a township return. */
export function withdrawItem(status: SetStatus, item: PledgeStatus): Step<PledgeStatus> {
  const edit = editItem(status, item);
  return edit.ok ? ok('withdrawn') : edit;
}

/** Publishing the draft for opinions (征求意见): from draft, or after a township return. */
export function startSoliciting(set: SetState): Step<SetStatus> {
  if (!statusIn(set.status, ['draft', 'returned'])) {
    return refuse(WRONG_STATE, `承诺事项“${SET_STATUS_LABELS[set.status]}”，不能开始征求意见`);
  }
  if (!active(set.items).some((i) => i.status === 'draft')) {
    return refuse('NO_ITEMS', '没有待表决的承诺事项：请先填写承诺事项');
  }
  return ok('soliciting');
}

/**
 * The two committees' decision (两委会议). Passing needs every opinion handled, every rejected item
 * revised, and something to vote on; not passing keeps the set under solicitation.
 */
export function committeeDecision(
  set: SetState,
  passed: boolean,
  unhandledOpinions: number,
): Step<SetStatus> {
  if (set.status !== 'soliciting') {
    return refuse(
      WRONG_STATE,
      `承诺事项“${SET_STATUS_LABELS[set.status]}”，不是征求意见阶段，不能记录两委会议决定`,
    );
  }
  if (!passed) return ok('soliciting');
  if (unhandledOpinions > 0) {
    return refuse(
      'OPINIONS_UNHANDLED',
      `还有 ${unhandledOpinions} 条意见建议未标明处理情况（采纳或解释说明）`,
    );
  }
  const items = active(set.items);
  const unrevised = items.filter((i) => i.status === 'rejected').length;
  if (unrevised > 0) return refuse('UNREVISED_ITEMS', `还有 ${unrevised} 项未通过表决的承诺事项没有修改`);
  if (!items.some((i) => i.status === 'draft')) return refuse('NO_ITEMS', '没有待表决的承诺事项');
  return ok('committee_passed');
}

/** The items put to the vote: every draft item of a set the two committees passed. */
export function startVote(set: SetState): Step<{ status: SetStatus; itemIds: string[] }> {
  if (set.status !== 'committee_passed') {
    return refuse(WRONG_STATE, `承诺事项“${SET_STATUS_LABELS[set.status]}”，须经两委会议通过后才能提交表决`);
  }
  const itemIds = active(set.items)
    .filter((i) => i.status === 'draft')
    .map((i) => i.id);
  if (itemIds.length === 0) return refuse('NO_ITEMS', '没有待表决的承诺事项');
  return ok({ status: 'voting', itemIds });
}

/**
 * A vote that cannot be certified (no quorum, the meeting did not take place) is called off: its items
 * go back to pending and the set waits for a new vote. A certified vote is never called off.
 */
export function cancelVote(
  set: SetState,
  pollCertified: boolean,
): Step<{ status: SetStatus; itemIds: string[] }> {
  if (set.status !== 'voting') {
    return refuse(WRONG_STATE, `承诺事项“${SET_STATUS_LABELS[set.status]}”，没有进行中的表决`);
  }
  if (pollCertified) return refuse('POLL_CERTIFIED', '表决结果已经确认，不能撤销，请应用表决结果');
  const itemIds = set.items.filter((i) => i.status === 'voting').map((i) => i.id);
  return ok({ status: 'committee_passed', itemIds });
}

/** One item's certified count: 不满意 votes and the configured denominator's value. */
export type ItemVote = { itemId: string; rejectVotes: number; denominatorValue: number };

export type VoteApplied = { status: SetStatus; items: { id: string; status: 'confirmed' | 'rejected' }[] };

/**
 * Applies a certified vote: an item is rejected when its 不满意 votes are more than half of the
 * denominator (exactly half is not: the voting engine's rule); any rejection sends the set back to
 * solicitation, otherwise the set is confirmed and goes to the township.
 */
export function applyVote(set: SetState, votes: ItemVote[]): Step<VoteApplied> {
  if (set.status !== 'voting') {
    return refuse(WRONG_STATE, `承诺事项“${SET_STATUS_LABELS[set.status]}”，没有进行中的表决`);
  }
  const voting = set.items.filter((i) => i.status === 'voting');
  const byId = new Map(votes.map((v) => [v.itemId, v]));
  const missing = voting.filter((i) => !byId.has(i.id));
  if (missing.length > 0) return refuse('VOTE_INCOMPLETE', `表决结果缺少 ${missing.length} 项承诺事项`);
  const items = voting.map((i) => {
    const v = byId.get(i.id)!;
    return {
      id: i.id,
      status: isRejected(v.rejectVotes, v.denominatorValue) ? 'rejected' : 'confirmed',
    } as const;
  });
  return ok({ status: items.some((i) => i.status === 'rejected') ? 'soliciting' : 'confirmed', items });
}

/** Township approval: only a confirmed set, every active item confirmed (the checklist is checked apart). */
export function approve(set: SetState): Step<SetStatus> {
  if (set.status === 'approved') return refuse(LOCKED, '承诺事项已经批准');
  if (set.status !== 'confirmed') {
    return refuse(WRONG_STATE, `承诺事项“${SET_STATUS_LABELS[set.status]}”，须经群众表决确认后才能审批`);
  }
  if (active(set.items).some((i) => i.status !== 'confirmed')) {
    return refuse(WRONG_STATE, '还有未经群众表决确认的承诺事项');
  }
  return ok('approved');
}

/** Township return with comments: from a confirmed set. */
export function returnSet(set: SetState): Step<SetStatus> {
  if (set.status === 'approved') return refuse(LOCKED, '承诺事项已经批准，不能退回');
  if (set.status !== 'confirmed') {
    return refuse(WRONG_STATE, `承诺事项“${SET_STATUS_LABELS[set.status]}”，不在待审批状态，不能退回`);
  }
  return ok('returned');
}

/**
 * A set whose active items are all confirmed goes (back) to the township without another vote: after
 * a township return left them unchanged, or after the one rejected item was withdrawn instead of revised.
 */
export function resubmit(set: SetState): Step<SetStatus> {
  if (set.status !== 'returned' && set.status !== 'soliciting') {
    return refuse(WRONG_STATE, `承诺事项“${SET_STATUS_LABELS[set.status]}”，不能重新报送乡审批`);
  }
  const items = active(set.items);
  if (items.length === 0) return refuse('NO_ITEMS', '没有承诺事项');
  if (items.some((i) => i.status !== 'confirmed')) {
    return refuse('NEEDS_VOTE', '有修改过或新增的承诺事项，须重新征求意见、经两委会议通过并表决');
  }
  return ok('confirmed');
}
