/** The phone page's calls to the public ballot API. Errors come back as Chinese messages. */
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

export class VoteError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    throw new VoteError(0, 'NETWORK', T.networkError);
  }
  let data: unknown = null;
  try {
    data = await response.json();
  } catch {
    // A proxy's HTML error page: handled below with a generic message.
  }
  if (!response.ok) {
    const error = (data as { error?: { code?: string; message?: string } } | null)?.error;
    const message = error?.message ?? (response.status >= 500 ? T.serverError : T.unknownError);
    throw new VoteError(response.status, error?.code ?? 'HTTP_ERROR', message);
  }
  return data as T;
}

export const lookupBallot = (code: string) => call<Ballot>('POST', '/api/public/ballots/lookup', { code });

export const castBallot = (code: string, choices: Choice[]) =>
  call<{ tracker: string }>('POST', '/api/public/ballots', { code, choices });

export const loadBoard = (pollId: string) =>
  call<Board>('GET', `/api/public/polls/${encodeURIComponent(pollId)}/board`);
