/** A pledge's progress on the board: its latest status and percent, then every dated report with photos. */
import { formatLocalDate } from '../../server/domain/local-time.ts';
import { h } from '../vote/dom.ts';
import type { ProgressReport } from './board-types.ts';
import { S } from './strings.ts';

function photo(p: ProgressReport['photos'][number], n: number): HTMLElement {
  return h(
    'a',
    { href: p.url, target: '_blank', rel: 'noopener' },
    h('img', {
      src: p.thumbUrl,
      alt: S.photo(n),
      loading: 'lazy',
      width: 120,
      height: p.width && p.height ? Math.round((120 * p.height) / p.width) : 90,
      'data-testid': 'progress-photo',
    }),
  );
}

export function progressTimeline(reports: ProgressReport[]): HTMLElement {
  const latest = reports[0];
  if (!latest)
    return h('p', { class: 'muted', 'data-testid': 'progress-none' }, `${S.progress}：${S.noProgress}`);
  return h(
    'div',
    { class: 'progress', 'data-testid': 'progress' },
    h(
      'p',
      {},
      h('span', { class: 'tag live' }, latest.statusLabel),
      ' ',
      h(
        'span',
        { class: 'bar', role: 'img', 'aria-label': S.progressDone(latest.percent) },
        h('span', { style: `width:${latest.percent}%` }),
      ),
      ' ',
      `${latest.percent}%`,
    ),
    h(
      'ol',
      { class: 'timeline' },
      reports.map((r) =>
        h(
          'li',
          { 'data-testid': 'progress-report' },
          h('p', { class: 'muted' }, `${formatLocalDate(r.reportDate)} · ${r.statusLabel} · ${r.percent}%`),
          h('p', { class: 'pledge-content' }, r.note),
          r.photos.length
            ? h(
                'p',
                { class: 'photos' },
                r.photos.map((p, i) => photo(p, i + 1)),
              )
            : null,
        ),
      ),
    ),
  );
}
