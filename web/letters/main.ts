/**
 * 监督信箱, /letters/write (写信; ?township=, ?village= or ?publication= picks the box) and
 * /letters/follow (查询码 → 办理情况). No login and no framework: it has to open fast on a cheap phone.
 */
import { h, show } from '../vote/dom.ts';
import { loadBoxes, PublicApiError } from './api.ts';
import { followPage } from './follow-page.ts';
import { S } from './strings.ts';
import { writePage } from './write-page.ts';
import './style.css';

function goFollow() {
  history.pushState(null, '', '/letters/follow');
  followPage();
}

async function start() {
  if (location.pathname.replace(/\/+$/, '') === '/letters/follow') return followPage();
  const query = new URLSearchParams(location.search);
  const wanted = new URLSearchParams();
  for (const key of ['township', 'village', 'publication']) {
    const value = query.get(key);
    if (value) wanted.set(key, value);
  }
  if ([...wanted.keys()].length === 0) {
    return show(
      h('p', { class: 'notice info' }, S.noTownship),
      h('a', { href: '/letters/follow', class: 'text-link' }, S.followLink),
    );
  }
  try {
    writePage(await loadBoxes(wanted), goFollow);
  } catch (error) {
    show(h('p', { class: 'notice error' }, error instanceof PublicApiError ? error.message : S.unknownError));
  }
}

window.addEventListener('popstate', () => void start());
void start();
