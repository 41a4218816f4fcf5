/** The public board of a closed poll: every tracker (no choices) and the totals, with "find my receipt". */

import { groupCode } from '../../server/domain/voting/ballot-code.ts';
import { type Board, loadBoard, VoteError } from './api.ts';
import { normalizeTracker } from './ballot.ts';
import { h, show } from './dom.ts';
import { T } from './strings.ts';

type OptionTotal = { label: string; count: number };
type QuestionTotal = { label: string; options: OptionTotal[]; outcome?: string };

/** Reads the totals the server publishes, tolerating the two shapes it may take (list or {questions}). */
export function questionTotals(totals: unknown): QuestionTotal[] {
  const list = Array.isArray(totals)
    ? totals
    : ((totals as { questions?: unknown[] } | null | undefined)?.questions ?? []);
  return list.map((raw) => {
    const q = raw as {
      label?: string;
      options?: { label?: string; count?: number }[];
      outcomeLabel?: string;
    };
    return {
      label: q.label ?? '',
      options: (q.options ?? []).map((o) => ({ label: o.label ?? '', count: o.count ?? 0 })),
      outcome: q.outcomeLabel,
    };
  });
}

function totalsSection(totals: QuestionTotal[]): HTMLElement | null {
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
          q.options.map((o) => h('li', {}, h('span', {}, o.label), h('strong', {}, T.votes(o.count)))),
        ),
        q.outcome ? h('p', { class: 'outcome' }, q.outcome) : null,
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
    totalsSection(questionTotals(board.totals)),
    h(
      'section',
      { class: 'stack' },
      h('h2', {}, T.boardTrackers),
      h('p', { class: 'muted' }, `${T.boardCount(sorted.length)}。${T.boardTrackersHelp}`),
      h(
        'ul',
        { class: 'trackers', id: 'trackers' },
        sorted.map((t) =>
          h(
            'li',
            { class: normalizeTracker(t) === mineNorm ? 'mine' : undefined, 'data-tracker': t },
            groupCode(normalizeTracker(t)),
          ),
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
