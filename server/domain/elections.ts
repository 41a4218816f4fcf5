/**
 * 换届选举的竞聘演讲与公开承诺 (DESIGN §2.5; work plan 五(四): "将竞聘演讲与公开承诺有机结合起来").
 * Pure rules: which posts an election fills, a candidate's dates and pledges, who may be recorded elected.
 */
import { isCalendarDate } from './campaign-config.ts';
import { POST_LABELS, type Post } from './participants.ts';

export const ELECTION_POSTS = ['party_secretary', 'committee_director'] as const satisfies readonly Post[];

/** 村"两委"的任期 (村民委员会组织法第十三条): a public pledge is for the term, so due within it. */
export const TERM_YEARS = 5;

/** Posts as the election notice names them (the party branch's post is 村党组织书记 at 换届). */
export const ELECTION_POST_LABELS: Record<Post, string> = {
  party_secretary: '村党组织书记',
  committee_director: POST_LABELS.committee_director,
};

export type Problem = { field: string; message: string };

/** The last day a pledge made at this election may fall due: the end of the five-year term. */
export function termEndDate(electionDate: string): string {
  const year = Number(electionDate.slice(0, 4)) + TERM_YEARS;
  return `${year}${electionDate.slice(4)}`.replace(/-02-29$/, '-02-28');
}

/** A candidate's post and speech date against the election (empty when sound). */
export function candidateProblems(
  election: { electionDate: string; posts: readonly Post[] },
  candidate: { post: Post; speechDate: string },
): Problem[] {
  const problems: Problem[] = [];
  if (!election.posts.includes(candidate.post)) {
    const names = election.posts.map((p) => ELECTION_POST_LABELS[p]).join('、');
    problems.push({ field: 'post', message: `“竞选职务”须为本次换届选举的职务：${names}` });
  }
  if (!isCalendarDate(candidate.speechDate)) {
    problems.push({ field: 'speechDate', message: '“演讲日期”不是有效日期' });
  } else if (candidate.speechDate > election.electionDate) {
    problems.push({ field: 'speechDate', message: '“演讲日期”不能晚于选举日期' });
  }
  return problems;
}

/**
 * A public pledge's fields by the pledge module's rules: a category of the year's config, a due date
 * that is a real date after the election and within the term (a campaign pledge is due within its year;
 * a candidate's is for the five years they ask to serve).
 */
export function candidatePledgeProblems(
  categories: readonly string[],
  electionDate: string,
  pledge: { category: string; dueDate: string },
): Problem[] {
  const problems: Problem[] = [];
  if (!categories.includes(pledge.category)) {
    problems.push({
      field: 'category',
      message: `“承诺类别”须为本年度设置的类别之一：${categories.join('、')}`,
    });
  }
  const end = termEndDate(electionDate);
  if (!isCalendarDate(pledge.dueDate)) {
    problems.push({ field: 'dueDate', message: '“完成时限”不是有效日期' });
  } else if (pledge.dueDate <= electionDate || pledge.dueDate > end) {
    problems.push({ field: 'dueDate', message: `“完成时限”须在选举日之后、任期届满（${end}）之前` });
  }
  return problems;
}

/** The outcome the office records: at most one elected per post, each elected a candidate for it. */
export function electedProblems(
  candidates: readonly { id: string; post: Post }[],
  electedIds: readonly string[],
): Problem[] {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  if (electedIds.some((id) => !byId.has(id)))
    return [{ field: 'electedIds', message: '当选人须为本次选举的候选人' }];
  const posts = electedIds.map((id) => byId.get(id)?.post);
  const twice = ELECTION_POSTS.find((p) => posts.filter((q) => q === p).length > 1);
  return twice ? [{ field: 'electedIds', message: `${ELECTION_POST_LABELS[twice]}只能有一人当选` }] : [];
}
