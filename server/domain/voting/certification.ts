import type { PollResults } from './results.ts';
import { issuanceProblems } from './tally.ts';

/**
 * Why a closed poll's result cannot be certified yet (DESIGN §2.3), in Chinese; empty when it can:
 * the meeting had its quorum, both paper entries are in and agree (required once the poll hands out
 * paper ballots), what was issued fits the
 * attendance, and there is at least one ballot.
 */
export function certificationProblems(results: PollResults): string[] {
  const problems: string[] = [];
  if (!results.quorum.met) {
    problems.push(`会议未达到法定人数（${results.quorum.rule}；实到 ${results.quorum.present ?? '未登记'}）`);
  }
  const paper = results.paper;
  if (results.paperBallots && paper.status === 'none') {
    problems.push('本次表决发放了纸质选票，纸质票还没有录入（计票人、监票人的计票单须由两个账号分别录入）');
  }
  if (paper.status === 'pending')
    problems.push('纸质票还缺一份录入（计票人、监票人的计票单须由两个账号各录入一次）');
  if (paper.status === 'mismatch') problems.push('计票人与监票人录入的纸质票数不一致，请核对后重新录入');
  problems.push(
    ...issuanceProblems({
      codesIssued: results.codesIssued,
      ballotsCast: results.ballotsCast,
      paperIssued: paper.issued,
      attendance: results.attendance,
    }),
  );
  if (results.ballotsCast + paper.returned === 0) problems.push('本次表决没有任何选票');
  return problems;
}
