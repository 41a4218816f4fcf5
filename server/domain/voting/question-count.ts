import { isValidKind, type OptionKind } from './option-kinds.ts';

/** One option's combined count (electronic + agreed paper tally). */
export type OptionCount = { id: string; kind: OptionKind; score: number | null; votes: number };

/** One question's count, what every purpose's rule decides from. */
export type QuestionCount = {
  options: OptionCount[];
  /** Ballots that reached the question: electronic ballots and returned paper ballots (invalid included). */
  ballots: number;
  /** Paper ballots that left this question blank. */
  blank: number;
  /** Invalid paper ballots. */
  invalid: number;
};

/** Votes on options of the kinds `which` accepts. */
export const votesOf = (q: QuestionCount, which: (kind: OptionKind) => boolean) =>
  q.options.filter((o) => which(o.kind)).reduce((sum, o) => sum + o.votes, 0);

/** Valid votes: options of valid kinds (不了解, 弃权, blanks and invalid ballots are not). */
export const validVotes = (q: QuestionCount) => votesOf(q, isValidKind);

/** More than half: 2 × part > whole (exactly half is not more than half); never with a whole of 0. */
export const moreThanHalfOf = (part: number, whole: number) => whole > 0 && part * 2 > whole;
