/**
 * A 考评结果 publication on a public board: each cadre's rank, scores and grade as published, with
 * how each number was computed in words (opened per person). Built from the frozen content only.
 */
import { h } from '../vote/dom.ts';
import type { BoardPublication } from './board-types.ts';

type Content = Extract<NonNullable<BoardPublication['content']>, { kind: 'results' }>;
type Row = NonNullable<Content['results']>[number];

const R = {
  rank: (n: number | null) => (n === null ? '未排名' : `第 ${n} 名`),
  scores: (v: string, j: string, i: string) => `村级民主测评 ${v} · 乡集中述职 ${j} · 实地考核 ${i}`,
  composite: (c: string) => `综合得分 ${c}`,
  pending: '待定',
  how: '计算依据',
};

const two = (x: number | null) => (x === null ? '—' : x.toFixed(2));

function resultItem(r: Row): HTMLElement {
  return h(
    'li',
    {
      class: 'card result',
      'data-testid': 'public-result',
      'data-name': r.name,
      'data-grade': r.grade ?? '',
    },
    h(
      'p',
      { class: 'set-title' },
      h(
        'span',
        {},
        h('strong', {}, `${R.rank(r.rank)} ${r.name}`),
        ' ',
        h('span', { class: 'muted' }, `${r.villageName} ${r.posts.join('、')}`),
      ),
      h('span', { class: r.grade === '不合格' ? 'tag off' : 'tag ok' }, r.grade ?? R.pending),
    ),
    h('p', {}, R.composite(two(r.composite))),
    h('p', { class: 'muted' }, R.scores(two(r.village), two(r.jury), two(r.inspection))),
    h(
      'details',
      {},
      h('summary', {}, R.how),
      h(
        'ul',
        { class: 'muted' },
        r.lines.map((line) => h('li', {}, line)),
      ),
    ),
  );
}

export function resultsContent(content: Content): HTMLElement {
  return h(
    'div',
    {},
    h('p', { class: 'pledge-content' }, content.text),
    content.results?.length
      ? h('ol', { class: 'results', 'data-testid': 'public-results' }, content.results.map(resultItem))
      : null,
  );
}

/** 往年考评结果: the latest results publication of an earlier year, and its 表彰决定 (none: nothing shown). */
export function earlierResultsSection(
  list: BoardPublication[],
  card: (p: BoardPublication) => HTMLElement,
): HTMLElement | null {
  if (list.length === 0) return null;
  return h(
    'section',
    { 'data-testid': 'public-earlier-results' },
    h('h2', {}, list.some((p) => p.kind === 'commendation') ? '往年考评结果和表彰' : '往年考评结果'),
    list.map(card),
  );
}
