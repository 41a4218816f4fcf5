import { isAllowed } from '../permissions.ts';
import type { Role } from '../roles.ts';
import type { PolicyRefusal } from './pledge.ts';

/**
 * Who may do what with a 换届选举's candidates (DESIGN §2.5): the township office records candidates,
 * their speeches and pledges until the election day, and records who was elected from that day on,
 * once. After the outcome is recorded nothing changes (published copies are frozen anyway); the
 * speeches and pledges may be published (again) whenever there are candidates.
 */
export const ELECTION_ACTIONS = ['add_candidate', 'publish', 'record_results'] as const;
export type ElectionAction = (typeof ELECTION_ACTIONS)[number];

export type ElectionFacts = {
  role: Role;
  today: string;
  electionDate: string;
  resultsRecorded: boolean;
  /** How many candidates are recorded: publishing (候选人竞职承诺) needs one at least. */
  candidates: number;
};

export function electionRefusal(f: ElectionFacts, action: ElectionAction): PolicyRefusal | null {
  if (!isAllowed(f.role, 'sanctions.manage'))
    return { kind: 'forbidden', code: 'FORBIDDEN', message: '只有乡考评办可以登记换届选举' };
  if (action === 'publish')
    return f.candidates > 0
      ? null
      : { kind: 'conflict', code: 'NO_CANDIDATES', message: '还没有登记候选人，无可公示的内容' };
  if (f.resultsRecorded)
    return { kind: 'conflict', code: 'RESULTS_RECORDED', message: '本次选举已登记当选结果，不能再修改' };
  if (action === 'add_candidate' && f.today > f.electionDate)
    return { kind: 'conflict', code: 'ELECTION_HELD', message: '选举日已过，不能再登记候选人' };
  if (action === 'record_results' && f.today < f.electionDate)
    return { kind: 'conflict', code: 'NOT_HELD', message: '选举日之前不能登记当选结果' };
  return null;
}

export const electionActions = (f: ElectionFacts): ElectionAction[] =>
  ELECTION_ACTIONS.filter((a) => electionRefusal(f, a) === null);
