/**
 * What an option of a poll means (DESIGN §2.3): the decision rules count votes by kind, never by the
 * option's label, so a label can read however the village words it.
 */
export const OPTION_KINDS = [
  'approve',
  'reject',
  'satisfied',
  'basically_satisfied',
  'unsatisfied',
  'dont_know',
  'abstain',
] as const;
export type OptionKind = (typeof OPTION_KINDS)[number];

/** The usual label of each kind: what a new option is called unless the clerk words it otherwise. */
export const OPTION_KIND_LABELS: Record<OptionKind, string> = {
  approve: '同意',
  reject: '不同意',
  satisfied: '满意',
  basically_satisfied: '基本满意',
  unsatisfied: '不满意',
  dont_know: '不了解',
  abstain: '弃权',
};

/** 不了解 and 弃权 are cast but are not valid votes; every other kind is. */
export const isValidKind = (kind: OptionKind) => kind !== 'dont_know' && kind !== 'abstain';

/** The kinds whose votes count against: 不满意 in a confirmation or evaluation, 不同意 elsewhere. */
export const isRejectKind = (kind: OptionKind) => kind === 'reject' || kind === 'unsatisfied';

/** The kinds whose votes count for. */
export const isApproveKind = (kind: OptionKind) =>
  kind === 'approve' || kind === 'satisfied' || kind === 'basically_satisfied';
