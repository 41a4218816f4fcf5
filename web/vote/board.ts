/** The public board of a closed poll: every tracker (no choices) and the totals, with "find my receipt". */

import { type Board, type BoardQuestionTotal, loadBoard, VoteError } from './api.ts';
import { normalizeTracker } from './ballot.ts';
import { h, show } from './dom.ts';
import { T } from './strings.ts';

/** The verdict's style: none until the result is certified (the server says 待确认 then). */
function outcomeClass(board: Board, q: BoardQuestionTotal): string {
  if (board.status !== 'certified') return 'outcome pending';
  return q.passed ? 'outcome passed' : 'outcome rejected';
}

function totalsSection(board: Board, totals: BoardQuestionTotal[]): HTMLElement | null {
  if (totals.length === 0) return null;
  return h(
    'section',
    { class: 'stack' },
    h('h2', {}, T.boardTotals),
    totals.map((q, i) =>
      h(
        'div',
        { class: 'card' },
        h('h3', {}, `${i + 1}. ${q.label}`),
        h(
          'ul',
          { class: 'totals' },
          q.options.map((o) => h('li', {}, h('span', {}, o.label), h('strong', {}, T.votes(o.votes)))),
          q.blank > 0 ? h('li', {}, h('span', {}, T.blankBallots), h('strong', {}, T.votes(q.blank))) : null,
          q.invalid > 0
            ? h('li', {}, h('span', {}, T.invalidBallots), h('strong', {}, T.votes(q.invalid)))
            : null,
        ),
        h('p', { class: outcomeClass(board, q) }, T.outcome(q.verdict)),
        h('p', { class: 'muted small' }, q.rule),
      ),
    ),
  );
}

function findBox(trackers: string[], mine = ''): HTMLElement {
  const known = new Set(trackers.map(normalizeTracker));
  const result = h('p', { class: 'notice info', role: 'status' }, T.findPrompt);
  const input = h('input', {
    id: 'find',
    class: 'code-input',
    placeholder: T.findPlaceholder,
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: 64,
    value: mine,
  });
  const check = (event: Event) => {
    event.preventDefault();
    const wanted = normalizeTracker(input.value);
    if (!wanted) return;
    const found = known.has(wanted);
    result.className = found ? 'notice ok' : 'notice error';
    result.textContent = found ? T.findFound : T.findMissing;
  };
  if (mine) queueMicrotask(() => check(new Event('submit')));
  return h(
    'form',
    { class: 'stack find', onsubmit: check },
    h('label', { for: 'find', class: 'label' }, T.findLabel),
    input,
    h('button', { type: 'submit', class: 'primary' }, T.findLabel),
    result,
  );
}

function statusText(status: string): string {
  return status === 'certified' ? T.statusCertified : T.statusClosed;
}

function renderBoard(board: Board, mine?: string): void {
  const sorted = [...board.trackers].sort();
  const mineNorm = mine ? normalizeTracker(mine) : '';
  show(
    h('h1', {}, board.title),
    h('p', { class: 'muted' }, `${T.boardTitle} · ${statusText(board.status)}`),
    findBox(sorted, mine),
    totalsSection(board, board.totals),
    h(
      'section',
      { class: 'stack' },
      h('h2', {}, T.boardTrackers),
      h('p', { class: 'muted' }, `${T.boardCount(sorted.length)}。${T.boardTrackersHelp}`),
      h(
        'ul',
        { class: 'trackers', id: 'trackers' },
        sorted.map((t) =>
          h('li', { class: normalizeTracker(t) === mineNorm ? 'mine' : undefined, 'data-tracker': t }, t),
        ),
      ),
    ),
  );
}

export async function openBoard(pollId: string, mine?: string): Promise<void> {
  show(h('p', { class: 'muted big' }, T.loading));
  try {
    renderBoard(await loadBoard(pollId), mine);
  } catch (error) {
    const isEarly = error instanceof VoteError && error.status === 409;
    const message = isEarly ? T.boardNotClosed : error instanceof VoteError ? error.message : T.unknownError;
    show(
      h('h1', {}, T.boardTitle),
      h('p', { class: isEarly ? 'notice info' : 'notice error', role: 'status' }, message),
      h(
        'button',
        { type: 'button', class: 'primary', onclick: () => openBoard(pollId, mine) },
        T.boardRefresh,
      ),
    );
  }
}
