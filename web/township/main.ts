/**
 * 乡镇公开栏, /public/townships/<townshipId>: the township's villages, each with a link to its board and
 * its headline numbers, and the township-wide publications (the plan). One JSON call, no login.
 */

import { loadTownshipBoard, PageError } from '../village/api.ts';
import type { TownshipBoard } from '../village/board-types.ts';
import { publicationCard, publicationSection } from '../village/publication-list.ts';
import { earlierResultsSection } from '../village/results-list.ts';
import { S } from '../village/strings.ts';
import { h, show } from '../vote/dom.ts';
import '../village/style.css';

const townshipId = decodeURIComponent(location.pathname.replace(/\/+$/, '').split('/').pop() ?? '');

function villageList({ villages: list, totals }: TownshipBoard): HTMLElement {
  return h(
    'section',
    { 'data-testid': 'township-villages' },
    h('h2', {}, S.villages),
    h('p', { 'data-testid': 'township-totals' }, S.townshipTotals(totals.pledges, totals.completed)),
    h('p', { class: 'muted' }, S.villagesIntro),
    h(
      'ul',
      { class: 'villages' },
      list.map((v) =>
        h(
          'li',
          { class: 'card', 'data-testid': 'township-village', 'data-name': v.name },
          h('a', { href: v.link }, v.name),
          h('p', { class: 'muted' }, S.villageNumbers(v.cadres, v.pledges, v.completed, v.publications)),
        ),
      ),
    ),
  );
}

async function open(): Promise<void> {
  show(h('p', { class: 'muted' }, S.loading));
  try {
    const board = await loadTownshipBoard(townshipId);
    document.title = S.townshipTitle(board.township.name);
    show(
      h(
        'header',
        { class: 'heading' },
        h('h1', {}, S.townshipTitle(board.township.name)),
        board.campaign
          ? h('p', { class: 'muted' }, S.subtitle(board.township.name, board.campaign.year))
          : null,
      ),
      board.campaign ? null : h('p', { class: 'notice info' }, S.noCampaign),
      villageList(board),
      publicationSection(board.publications),
      earlierResultsSection(board.earlierResults, publicationCard),
      h('nav', { class: 'links' }, h('a', { class: 'button-link', href: board.links.mailbox }, S.mailbox)),
    );
  } catch (error) {
    const message =
      error instanceof PageError
        ? error.status === 404
          ? S.townshipNotFound
          : error.message
        : S.unknownError;
    show(
      h('p', { class: 'notice error', role: 'alert' }, message),
      h('button', { type: 'button', class: 'secondary', onclick: () => void open() }, S.retry),
    );
  }
}

void open();
