/**
 * A poll's result from its counts and the rules frozen with it: one pure function, used while the
 * poll is closed and once at certification, when the result is stored with the poll and from then on
 * read, never computed again (DESIGN §2.3 "certified means frozen").
 */
import type { MeetingKind } from './meeting-kinds.ts';
import { isValidKind, type OptionKind } from './option-kinds.ts';
import type { Outcome, VoteDenominator } from './outcome.ts';
import { decide, type PollPurpose, PURPOSE_RULES } from './purposes.ts';
import { type QuestionCount, validVotes } from './question-count.ts';
import { type Quorum, type QuorumPreset, quorumOf } from './quorum.ts';
import { satisfactionOf } from './satisfaction.ts';
import type { PaperTally } from './tally.ts';

export type PaperStatus = 'none' | 'pending' | 'mismatch' | 'matched';

export type ResultOption = {
  id: string;
  label: string;
  kind: OptionKind;
  score: number | null;
  countsAsValid: boolean;
  electronic: number;
  paper: number;
  votes: number;
};

export type QuestionResult = {
  questionId: string;
  label: string;
  subjectType: string | null;
  subjectId: string | null;
  options: ResultOption[];
  /** Ballots that reached the question (electronic + returned paper, invalid and blank included). */
  cast: number;
  /** Paper ballots that left this question blank. */
  blank: number;
  invalid: number;
  valid: number;
  outcome: Outcome;
  /** The democratic evaluation's score and satisfaction rate; null for other purposes. */
  satisfaction: { score: number | null; rate: number | null } | null;
};

/** Everything a poll's numbers are, and everything they were decided on. */
export type PollResults = {
  status: 'draft' | 'open' | 'closed' | 'certified';
  /** True when read from the record stored at certification. */
  frozen: boolean;
  purpose: PollPurpose;
  /** The purpose's decision rule (name and version) the result was decided by. */
  rule: { name: string; version: number };
  denominator: VoteDenominator;
  quorumPreset: QuorumPreset;
  /** 应到 (for a recall: the registered voters) and 实到, frozen when the poll closed. */
  eligible: number;
  attendance: number | null;
  households: number;
  householdsRepresented: number | null;
  quorum: Quorum;
  ballotsCast: number;
  codesIssued: number;
  /** Paper ballots were handed out (as declared with the poll); absent in results frozen before. */
  paperBallots?: boolean;
  paper: { status: PaperStatus; issued: number; returned: number; invalid: number };
  questions: QuestionResult[];
};

export type ShapeForResults = {
  id: string;
  label: string;
  subjectType: string | null;
  subjectId: string | null;
  options: { id: string; label: string; kind: OptionKind; score: number | null }[];
}[];

export type ResultInput = {
  status: PollResults['status'];
  purpose: PollPurpose;
  denominator: VoteDenominator;
  quorumPreset: QuorumPreset;
  meetingKind: MeetingKind;
  eligible: number;
  attendance: number | null;
  households: number;
  householdsRepresented: number | null;
  codesIssued: number;
  paperBallots: boolean;
  shape: ShapeForResults;
  electronic: { ballots: number; votes: (questionId: string, optionId: string) => number };
  paper: { status: PaperStatus; agreed: PaperTally | null };
};

export function pollResultsOf(input: ResultInput): PollResults {
  const agreed = input.paper.agreed;
  const ctx = {
    denominator: input.denominator,
    attendees: input.attendance ?? 0,
    registered: input.eligible,
  };
  const questions = input.shape.map((q): QuestionResult => {
    const options = q.options.map((o) => {
      const electronic = input.electronic.votes(q.id, o.id);
      const paper = agreed?.counts[q.id]?.[o.id] ?? 0;
      return { ...o, countsAsValid: isValidKind(o.kind), electronic, paper, votes: electronic + paper };
    });
    const count: QuestionCount = {
      options,
      ballots: input.electronic.ballots + (agreed?.returned ?? 0),
      blank: agreed?.blanks[q.id] ?? 0,
      invalid: agreed?.invalid ?? 0,
    };
    const outcome = decide(input.purpose, count, ctx);
    const satisfaction = PURPOSE_RULES[input.purpose].scored ? satisfactionOf(count) : null;
    return {
      questionId: q.id,
      label: q.label,
      subjectType: q.subjectType,
      subjectId: q.subjectId,
      options,
      cast: count.ballots,
      blank: count.blank,
      invalid: count.invalid,
      valid: validVotes(count),
      outcome,
      satisfaction: satisfaction && { score: satisfaction.score, rate: satisfaction.rate },
    };
  });
  const rule = PURPOSE_RULES[input.purpose];
  return {
    status: input.status,
    frozen: false,
    purpose: input.purpose,
    rule: { name: rule.name, version: rule.version },
    denominator: input.denominator,
    quorumPreset: input.quorumPreset,
    eligible: input.eligible,
    attendance: input.attendance,
    households: input.households,
    householdsRepresented: input.householdsRepresented,
    quorum: quorumOf({
      kind: input.meetingKind,
      preset: input.quorumPreset,
      eligible: input.eligible,
      households: input.households,
      present: input.attendance,
      householdsRepresented: input.householdsRepresented,
    }),
    ballotsCast: input.electronic.ballots,
    codesIssued: input.codesIssued,
    paperBallots: input.paperBallots,
    paper: {
      status: input.paper.status,
      issued: agreed?.issued ?? 0,
      returned: agreed?.returned ?? 0,
      invalid: agreed?.invalid ?? 0,
    },
    questions,
  };
}

/** What a board or page shows as a question's verdict: only a certified result has one (DESIGN §2.3). */
export const PENDING_VERDICT = '待确认';

/** The outcome as shown before certification: no 通过/不通过, and the rule without its conclusion. */
export function shownOutcome(status: PollResults['status'], outcome: Outcome): Outcome {
  if (status === 'certified') return outcome;
  const suffix = `，${outcome.verdict}`;
  const rule = outcome.rule.endsWith(suffix) ? outcome.rule.slice(0, -suffix.length) : outcome.rule;
  return { ...outcome, passed: false, rejected: false, verdict: PENDING_VERDICT, rule };
}
