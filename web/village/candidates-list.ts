/**
 * A 候选人竞职承诺 publication on the village board: each candidate's 竞聘演讲 and public pledges as
 * published before the 换届 election. Built from the frozen content only.
 */
import { formatLocalDate } from '../../server/domain/local-time.ts';
import { h } from '../vote/dom.ts';
import type { BoardPublication } from './board-types.ts';

type Content = Extract<NonNullable<BoardPublication['content']>, { kind: 'candidates' }>;

const C = {
  election: (date: string, posts: string) => `选举日期：${date}　选举职务：${posts}`,
  candidate: (post: string) => `${post}候选人`,
  speech: (date: string) => `竞聘演讲（${date}）`,
  pledges: '公开承诺',
  due: (date: string) => `完成时限：${date}`,
};

export function candidatesContent(content: Content): HTMLElement {
  return h(
    'div',
    { 'data-testid': 'public-candidates' },
    content.text ? h('p', {}, content.text) : null,
    h(
      'p',
      { class: 'muted' },
      C.election(formatLocalDate(content.electionDate), content.postLabels.join('、')),
    ),
    content.candidates.map((c) =>
      h(
        'div',
        { class: 'snapshot-set', 'data-testid': 'public-candidate', 'data-name': c.name },
        h('p', {}, h('strong', {}, c.name), ' ', h('span', { class: 'tag' }, C.candidate(c.postLabel))),
        h('p', { class: 'muted' }, C.speech(formatLocalDate(c.speechDate))),
        h('p', { class: 'pledge-content' }, c.speech),
        h('p', {}, h('strong', {}, C.pledges)),
        h(
          'ol',
          {},
          c.pledges.map((p) =>
            h(
              'li',
              {},
              h('span', {}, `【${p.category}】${p.title}：${p.content}`),
              h(
                'span',
                { class: 'muted' },
                `（${p.completionStandard}；${C.due(formatLocalDate(p.dueDate))}）`,
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
