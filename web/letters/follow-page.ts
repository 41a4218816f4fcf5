/** 查看办理情况: the code → every dated step, the answer, the one 不满意 reply. */
import { LETTER_LIMITS } from '../../server/domain/letters.ts';
import { formatLocalDate } from '../../server/domain/local-time.ts';
import { h, show } from '../vote/dom.ts';
import { type Followed, followLetter, PublicApiError, replyLetter } from './api.ts';
import { S, STATUS_LABELS } from './strings.ts';

const day = (date: string) => formatLocalDate(date);
const failure = (error: unknown) => (error instanceof PublicApiError ? error.message : S.unknownError);

export function followPage(): void {
  const code = h('input', {
    id: 'code',
    name: 'code',
    class: 'code-input',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    placeholder: S.codePlaceholder,
    maxlength: 20,
  });
  const status = h('p', { class: 'notice error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', class: 'primary' }, S.look);
  const form = h(
    'form',
    { class: 'card', novalidate: true, 'data-testid': 'follow-form' },
    h('label', { for: 'code' }, S.code),
    code,
    status,
    submit,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.hidden = true;
    const typed = code.value.trim();
    if (!typed) {
      status.textContent = S.codeEmpty;
      status.hidden = false;
      return;
    }
    submit.disabled = true;
    submit.textContent = S.looking;
    try {
      letterPage(typed, await followLetter(typed));
    } catch (error) {
      status.textContent = failure(error);
      status.hidden = false;
      submit.disabled = false;
      submit.textContent = S.look;
    }
  });
  show(
    h('h1', {}, S.followTitle),
    h('p', { class: 'muted' }, S.followHelp),
    form,
    h('a', { href: '/letters/write', class: 'text-link', 'data-testid': 'write-link' }, S.writeLink),
  );
}

function steps(letter: Followed) {
  return h(
    'ol',
    { class: 'steps', 'data-testid': 'letter-steps' },
    letter.events.map((e) =>
      h(
        'li',
        {},
        h('strong', {}, S.event[e.kind] ?? ''),
        ` ${day(e.on)}`,
        e.dueOn && (e.kind === 'assigned' || e.kind === 'replied') ? S.eventDue(day(e.dueOn)) : null,
      ),
    ),
  );
}

function replyForm(code: string): HTMLFormElement {
  const text = h('textarea', { id: 'reply', name: 'reply', rows: 4, maxlength: LETTER_LIMITS.replyMax });
  const status = h('p', { class: 'notice error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', class: 'secondary' }, S.replySubmit);
  const form = h(
    'form',
    { class: 'card', novalidate: true, 'data-testid': 'reply-form' },
    h('h2', {}, S.replyTitle),
    h('p', { class: 'muted' }, S.replyHelp),
    h('label', { for: 'reply' }, S.replyLabel),
    text,
    status,
    submit,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!text.value.trim()) {
      status.textContent = S.replyEmpty;
      status.hidden = false;
      return;
    }
    submit.disabled = true;
    try {
      letterPage(code, await replyLetter(code, text.value.trim()), S.replySent);
    } catch (error) {
      status.textContent = failure(error);
      status.hidden = false;
      submit.disabled = false;
    }
  });
  return form;
}

function letterPage(code: string, letter: Followed, notice?: string) {
  const again = h('button', { type: 'button', class: 'secondary' }, S.another);
  again.addEventListener('click', followPage);
  show(
    h('h1', {}, S.followTitle),
    notice ? h('p', { class: 'notice ok', role: 'status' }, notice) : null,
    h(
      'section',
      { class: 'card', 'data-testid': 'letter-status' },
      h('p', { class: 'muted' }, S.statusNow),
      h('p', { class: `status status-${letter.status}` }, STATUS_LABELS[letter.status] ?? ''),
      letter.dueOn ? h('p', {}, S.dueOn(day(letter.dueOn))) : null,
      h('p', { class: 'muted small' }, S.letterTo(letter.boxLabel, letter.about)),
    ),
    letter.answer
      ? h(
          'section',
          { class: 'card answer', 'data-testid': 'letter-answer' },
          h('h2', {}, S.answer),
          h('p', { class: 'prewrap' }, letter.answer),
          letter.answeredOn ? h('p', { class: 'muted small' }, S.answeredOn(day(letter.answeredOn))) : null,
        )
      : null,
    letter.reply
      ? h(
          'section',
          { class: 'card', 'data-testid': 'letter-reply' },
          h('h2', {}, S.yourReply),
          h('p', { class: 'prewrap' }, letter.reply),
          letter.repliedOn ? h('p', { class: 'muted small' }, S.repliedOn(day(letter.repliedOn))) : null,
        )
      : null,
    letter.mayReply ? replyForm(code) : null,
    h('section', { class: 'card' }, h('h2', {}, S.steps), steps(letter)),
    h(
      'details',
      { class: 'card' },
      h('summary', {}, S.yourLetter),
      h('p', { class: 'prewrap' }, letter.content),
    ),
    again,
  );
}
