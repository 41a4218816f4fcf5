/** The phone page's calls to the public ballot API. Errors come back as Chinese messages. */
import { publicCall } from './public-call.ts';
import { T } from './strings.ts';

/** `kind` only sets 弃权 apart on the page; the villager reads the label. */
export type BallotOption = { id: string; label: string; kind: string };
export type BallotQuestion = { id: string; label: string; options: BallotOption[] };
export type Ballot = {
  pollId: string;
  title: string;
  meetingTitle: string;
  village: string;
  questions: BallotQuestion[];
};
export type Choice = { questionId: string; optionId: string };

export type BoardQuestionTotal = {
  questionId: string;
  label: string;
  options: { id: string; label: string; votes: number }[];
  blank: number;
  invalid: number;
  passed: boolean;
  rejected: boolean;
  /** The result in words (通过 / 不通过 / 罢免通过 …), as the server decided it. */
  verdict: string;
  rule: string;
};
export type Board = {
  title: string;
  status: 'draft' | 'open' | 'closed' | 'certified';
  trackers: string[];
  totals: BoardQuestionTotal[];
};

/** Every failure of a ballot call (status 0: the network). */
export { PublicApiError as VoteError } from './public-call.ts';

const call = <R>(method: 'GET' | 'POST', path: string, body?: unknown) =>
  publicCall<R>(T, method, path, body);

export const lookupBallot = (code: string) => call<Ballot>('POST', '/api/public/ballots/lookup', { code });

export const castBallot = (code: string, choices: Choice[]) =>
  call<{ tracker: string }>('POST', '/api/public/ballots', { code, choices });

export const loadBoard = (pollId: string) =>
  call<Board>('GET', `/api/public/polls/${encodeURIComponent(pollId)}/board`);
