/** Publications with their periods, objection counts and links (the village and the township boards). */
import { formatLocalDate } from '../../server/domain/local-time.ts';
import { h } from '../vote/dom.ts';
import type { BoardPublication } from './board-types.ts';
import { candidatesContent } from './candidates-list.ts';
import { resultsContent } from './results-list.ts';
import { S } from './strings.ts';

type Content = NonNullable<BoardPublication['content']>;

function contentOf(content: Content): HTMLElement {
  if (content.kind === 'plan') {
    return h(
      'div',
      {},
      h(
        'dl',
        { class: 'facts' },
        content.facts.flatMap((f) => [h('dt', {}, f.label), h('dd', {}, f.value)]),
      ),
      h('p', { class: 'pledge-content' }, content.text),
    );
  }
  if (content.kind === 'pledges' || content.kind === 'progress') {
    return h(
      'div',
      {},
      content.text ? h('p', {}, content.text) : null,
      content.sets.map((set) =>
        h(
          'div',
          { class: 'snapshot-set' },
          h('p', {}, h('strong', {}, set.name), ' ', h('span', { class: 'tag' }, set.roleLabel)),
          h(
            'ol',
            {},
            set.pledges.map((p) =>
              h(
                'li',
                {},
                p.title,
                p.progress
                  ? h(
                      'span',
                      { class: 'muted' },
                      `（${p.progress.statusLabel}${p.progress.percent === null ? '' : `，${p.progress.percent}%`}${p.progress.note ? `：${p.progress.note}` : ''}）`,
                    )
                  : null,
              ),
            ),
          ),
        ),
      ),
    );
  }
  if (content.kind === 'results') return resultsContent(content);
  if (content.kind === 'candidates') return candidatesContent(content);
  return h('p', { class: 'pledge-content' }, content.text);
}

const STATUS_CLASS: Record<BoardPublication['status'], string> = {
  scheduled: 'tag',
  in_period: 'tag live',
  ended: 'tag',
  withdrawn: 'tag off',
};

export function publicationCard(p: BoardPublication): HTMLElement {
  const withdrawn = p.status === 'withdrawn';
  return h(
    'article',
    { class: 'card publication', 'data-testid': 'publication', 'data-status': p.status },
    h(
      'h3',
      { class: 'set-title' },
      h('span', {}, p.title),
      h('span', { class: STATUS_CLASS[p.status] }, p.statusLabel),
    ),
    h('p', { class: 'muted' }, S.period(formatLocalDate(p.startDate), formatLocalDate(p.endDate))),
    withdrawn
      ? h('p', { class: 'notice info' }, S.withdrawn(p.withdrawnReason))
      : h(
          'p',
          { class: 'muted' },
          S.objectionsUntil(formatLocalDate(p.objectionEndDate)),
          '；',
          S.objectionCount(p.objectionCount),
        ),
    p.objectionLink
      ? h('a', { class: 'button-link', href: p.objectionLink, 'data-testid': 'object' }, S.object)
      : null,
    p.content
      ? h(
          'details',
          {},
          h('summary', {}, S.showContent),
          h('p', { class: 'muted' }, S.asPublished),
          contentOf(p.content),
        )
      : null,
  );
}

export function publicationSection(list: BoardPublication[]): HTMLElement {
  return h(
    'section',
    { 'data-testid': 'public-publications' },
    h('h2', {}, S.publications),
    h('p', { class: 'muted' }, list.length ? S.publicationsIntro : S.noPublications),
    list.map(publicationCard),
  );
}
