/**
 * 张贴海报, /public/villages/<villageId>/poster: one A4 page for the village's physical notice board,
 * with a large QR code (made on the server) to the village board at the public address, plain
 * instructions and the mailbox's address. Printed from the browser (no PDF).
 */

import { loadPoster, PageError } from '../village/api.ts';
import type { Poster } from '../village/board-types.ts';
import { S } from '../village/strings.ts';
import { h, show } from '../vote/dom.ts';
import './poster.css';

const villageId = decodeURIComponent(location.pathname.replace(/\/+$/, '').split('/').slice(-2)[0] ?? '');

/** The server's SVG (from the qrcode package, our own markup), parsed as SVG, never as HTML. */
function qrCode(svg: string): Element {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const el = document.importNode(doc.documentElement, true);
  el.setAttribute('class', 'qr');
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', S.posterScan);
  el.setAttribute('data-testid', 'poster-qr');
  return el;
}

function poster(p: Poster): HTMLElement {
  return h(
    'article',
    { class: 'poster', 'data-testid': 'poster', 'data-board-url': p.boardUrl },
    h('p', { class: 'kicker' }, S.posterHeading),
    h('h1', {}, S.posterTitle(p.village.name)),
    h('p', { class: 'year' }, S.posterYear(p.village.township, p.year)),
    h('div', { class: 'qr-box' }, qrCode(p.qrSvg)),
    h('p', { class: 'scan' }, S.posterScan),
    h(
      'ol',
      { class: 'steps' },
      S.posterSteps.map((s) => h('li', {}, s)),
    ),
    h(
      'dl',
      { class: 'addresses' },
      h('dt', {}, S.posterBoardAddress),
      h('dd', { 'data-testid': 'poster-board-url' }, p.boardUrl),
      h('dt', {}, S.posterMailbox),
      h('dd', { 'data-testid': 'poster-mailbox-url' }, p.mailboxUrl),
    ),
  );
}

async function open(): Promise<void> {
  try {
    const p = await loadPoster(villageId);
    document.title = S.posterTitle(p.village.name);
    show(
      h(
        'div',
        { class: 'toolbar' },
        p.addressWarning ? h('p', { class: 'notice error', role: 'alert' }, p.addressWarning) : null,
        h('button', { type: 'button', class: 'primary', onclick: () => window.print() }, S.posterPrint),
      ),
      poster(p),
    );
  } catch (error) {
    const message =
      error instanceof PageError ? (error.status === 404 ? S.notFound : error.message) : S.unknownError;
    show(h('p', { class: 'notice error', role: 'alert' }, message));
  }
}

void open();
