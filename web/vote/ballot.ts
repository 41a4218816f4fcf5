/** The villager's ballot: code → questions → review → cast → receipt. */
import { normalizeCode } from '../../server/domain/voting/ballot-code.ts';
import { type Ballot, type BallotQuestion, castBallot, lookupBallot, VoteError } from './api.ts';
import { h, show } from './dom.ts';
import { T } from './strings.ts';

type State = { code: string; ballot: Ballot; choices: Map<string, string> };

/** Receipts are copied by hand: compare them the way codes are read (case, separators, O/0, I/L/1). */
export function normalizeTracker(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s\u3000\-_.—－]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

function notice(message: string, kind: 'error' | 'info' = 'error'): HTMLElement {
  return h('p', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message);
}

export function showCodeEntry(prefill = '', error?: string): void {
  const input = h('input', {
    id: 'code',
    class: 'code-input',
    value: prefill,
    placeholder: T.codePlaceholder,
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    inputmode: 'text',
    maxlength: 64,
  });
  const submit = (event: Event) => {
    event.preventDefault();
    const typed = input.value.trim();
    if (!typed) return showCodeEntry('', T.codeEmpty);
    const code = normalizeCode(typed.replace(/[\u3000—－]/g, ''));
    if (!code) return showCodeEntry(typed, T.codeMalformed);
    void openBallot(code);
  };
  show(
    h('h1', {}, T.codeTitle),
    h('p', {}, T.codeHelp),
    error ? notice(error) : null,
    h(
      'form',
      { onsubmit: submit, class: 'stack' },
      h('label', { for: 'code', class: 'label' }, T.codeLabel),
      input,
      h('button', { type: 'submit', class: 'primary' }, T.codeSubmit),
    ),
  );
  if (!prefill) input.focus();
}

/** Opens the ballot of a code from the address or typed; a malformed one goes back to the form. */
export async function openBallot(typed: string): Promise<void> {
  const code = normalizeCode(typed);
  if (!code) return showCodeEntry(typed, T.codeMalformed);
  show(h('p', { class: 'muted big' }, T.codeOpening));
  try {
    const ballot = await lookupBallot(code);
    showQuestions({ code, ballot, choices: new Map() });
  } catch (error) {
    const message = error instanceof VoteError ? error.message : T.unknownError;
    if (error instanceof VoteError && error.status === 0) return showRetry(message, () => openBallot(code));
    // A refused code leaves the page: the next villager on this phone starts clean.
    history.replaceState(null, '', location.pathname);
    showCodeEntry('', withHint(error, message));
  }
}

/** The server's refusal with what the villager can do about it. */
function withHint(error: unknown, message: string): string {
  const code = error instanceof VoteError ? error.code : '';
  if (code === 'CODE_USED') return `${message}。${T.usedHint}`;
  if (code === 'WRONG_PHASE') return `${message}。${T.phaseHint}`;
  if (code === 'INVALID_CODE') return `${message}。${T.invalidHint}`;
  return message;
}

function showRetry(message: string, retry: () => void): void {
  show(
    notice(message),
    h('button', { type: 'button', class: 'primary', onclick: retry }, T.retry),
    h('button', { type: 'button', class: 'secondary', onclick: () => showCodeEntry() }, T.typeAnother),
  );
}

function heading(ballot: Ballot): HTMLElement {
  return h(
    'div',
    { class: 'poll-head' },
    h('h1', {}, ballot.title),
    h('p', { class: 'muted' }, [ballot.village, ballot.meetingTitle].filter(Boolean).join(' · ')),
  );
}

function questionCard(
  state: State,
  question: BallotQuestion,
  index: number,
  onPick: () => void,
): HTMLElement {
  const chosen = state.choices.get(question.id);
  const titleId = `q-${index}`;
  const buttons = question.options.map((option) => {
    const selected = option.id === chosen;
    // 弃权 is offered apart from the choices, below them (where the poll's purpose allows abstaining).
    const abstain = option.kind === 'abstain';
    return h(
      'button',
      {
        type: 'button',
        role: 'radio',
        'aria-checked': selected ? 'true' : 'false',
        class: `option${abstain ? ' abstain' : ''}${selected ? ' selected' : ''}`,
        onclick: () => {
          state.choices.set(question.id, option.id);
          onPick();
        },
      },
      selected ? h('span', { class: 'tick', 'aria-hidden': 'true' }, '✓') : null,
      option.label,
    );
  });
  return h(
    'section',
    { class: chosen ? 'card answered' : 'card', id: `card-${index}` },
    h('p', { class: 'q-no' }, T.question(index + 1)),
    h('h2', { id: titleId }, question.label),
    h('div', { role: 'radiogroup', 'aria-labelledby': titleId, class: 'options' }, buttons),
  );
}

function showQuestions(state: State, missingMessage?: string): void {
  const { questions } = state.ballot;
  const render = () => {
    const y = window.scrollY;
    showQuestions(state);
    window.scrollTo(0, y);
  };
  const done = questions.filter((q) => state.choices.has(q.id)).length;
  const next = () => {
    const firstMissing = questions.findIndex((q) => !state.choices.has(q.id));
    if (firstMissing === -1) return showReview(state);
    showQuestions(state, T.missing(questions.length - done));
    document.getElementById(`card-${firstMissing}`)?.scrollIntoView({ block: 'center' });
  };
  show(
    heading(state.ballot),
    h('p', {}, T.ballotIntro),
    ...questions.map((q, i) => questionCard(state, q, i, render)),
    h(
      'div',
      { class: 'footer-bar' },
      h('p', { class: 'progress' }, T.progress(done, questions.length)),
      missingMessage ? notice(missingMessage) : null,
      h('button', { type: 'button', class: 'primary', onclick: next }, T.next),
    ),
  );
}

function showReview(state: State, error?: string, retryable = false): void {
  const rows = state.ballot.questions.map((q, i) => {
    const option = q.options.find((o) => o.id === state.choices.get(q.id));
    return h(
      'li',
      { class: 'review-row' },
      h('span', { class: 'review-q' }, `${i + 1}. ${q.label}`),
      h('strong', { class: 'review-a' }, option?.label ?? ''),
    );
  });
  const confirm = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      onclick: () => {
        confirm.disabled = true;
        confirm.textContent = T.casting;
        void cast(state);
      },
    },
    retryable ? T.resubmit : T.confirm,
  );
  show(
    heading(state.ballot),
    h('h2', {}, T.reviewTitle),
    h('p', {}, T.reviewHelp),
    h('ol', { class: 'review' }, rows),
    error ? notice(error) : null,
    confirm,
    h('button', { type: 'button', class: 'secondary', onclick: () => showQuestions(state) }, T.back),
  );
}

async function cast(state: State): Promise<void> {
  const choices = state.ballot.questions.map((q) => ({
    questionId: q.id,
    optionId: state.choices.get(q.id) ?? '',
  }));
  try {
    const { tracker } = await castBallot(state.code, choices);
    // Drop the code from the address: a reload or the next person on this phone sees only the receipt.
    history.replaceState(null, '', `${location.pathname}#receipt=${state.ballot.pollId}~${tracker}`);
    showReceipt(state.ballot.pollId, tracker);
  } catch (error) {
    if (error instanceof VoteError && error.status === 0) return showReview(state, T.castNetworkError, true);
    const message = error instanceof VoteError ? error.message : T.unknownError;
    if (error instanceof VoteError && error.status >= 500) return showReview(state, message, true);
    history.replaceState(null, '', location.pathname);
    show(
      heading(state.ballot),
      notice(withHint(error, message)),
      h('button', { type: 'button', class: 'secondary', onclick: () => showCodeEntry() }, T.typeAnother),
    );
  }
}

export function showReceipt(pollId: string, tracker: string): void {
  show(
    h('div', { class: 'success' }, h('span', { class: 'big-tick', 'aria-hidden': 'true' }, '✓'), T.doneTitle),
    h('p', { class: 'big' }, T.doneThanks),
    h(
      'section',
      { class: 'receipt' },
      h('p', { class: 'label' }, T.trackerLabel),
      h('p', { class: 'tracker', id: 'tracker', 'data-tracker': tracker }, tracker),
    ),
    h('p', { class: 'explain' }, T.trackerExplain),
    h('p', { class: 'muted' }, T.trackerWrite),
    h(
      'a',
      { class: 'link-button', href: `#board=${encodeURIComponent(pollId)}~${encodeURIComponent(tracker)}` },
      T.boardLink,
    ),
  );
}
