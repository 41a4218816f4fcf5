/**
 * The villager's phone page, /vote. The ballot code travels in the URL fragment (/vote#CODE), which the
 * browser never sends to the server, so it cannot end up in any request log.
 *   #CODE              open that ballot
 *   #board=<pollId>    the public board of a closed poll
 *   #receipt=<pollId>~<tracker>   the receipt shown after casting (survives a reload)
 */
import { openBallot, showCodeEntry, showReceipt } from './ballot.ts';
import { openBoard } from './board.ts';
import './style.css';

/** The fragment as text; a mangled escape (%E4%B) is read as typed rather than thrown. */
function readFragment(): string {
  const raw = location.hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    return raw.trim();
  }
}

function route(): void {
  const fragment = readFragment();
  if (fragment.startsWith('board=')) {
    const [pollId = '', mine] = fragment.slice('board='.length).split('~');
    void openBoard(pollId, mine);
    return;
  }
  if (fragment.startsWith('receipt=')) {
    const [pollId = '', tracker = ''] = fragment.slice('receipt='.length).split('~');
    showReceipt(pollId, tracker);
    return;
  }
  if (fragment) {
    void openBallot(fragment);
    return;
  }
  showCodeEntry();
}

window.addEventListener('hashchange', route);
route();
