/** The opinion form under a draft under solicitation: which item (or all), the opinion, a name if wished. */
import { h } from '../vote/dom.ts';
import { PageError, type PublicSet, sendOpinion } from './api.ts';
import { S } from './strings.ts';

type Field = 'pledgeId' | 'content' | 'name';

export function opinionForm(villageId: string, set: PublicSet): HTMLFormElement {
  const id = (field: Field) => `${field}-${set.setId}`;
  const errors = new Map<Field, HTMLElement>();
  const errorLine = (field: Field) => {
    const line = h('p', { class: 'field-error', id: `${id(field)}-error`, role: 'alert', hidden: true });
    errors.set(field, line);
    return line;
  };
  const about = h(
    'select',
    { id: id('pledgeId'), name: 'pledgeId' },
    h('option', { value: '' }, S.allItems),
    set.pledges.map((p, i) => h('option', { value: p.id }, `${i + 1}. ${p.title}`)),
  );
  const content = h('textarea', {
    id: id('content'),
    name: 'content',
    rows: 4,
    maxlength: 1000,
    placeholder: S.contentPlaceholder,
  });
  const name = h('input', { id: id('name'), name: 'name', maxlength: 30, autocomplete: 'name' });
  const status = h('p', { class: 'notice', role: 'status', hidden: true });
  const submit = h('button', { type: 'submit', class: 'primary' }, S.submit);

  const showError = (field: Field | undefined, message: string) => {
    const line = field ? errors.get(field) : undefined;
    if (line) {
      line.textContent = message;
      line.hidden = false;
    }
    status.className = 'notice error';
    status.textContent = message;
    status.hidden = false;
  };
  const clear = () => {
    for (const line of errors.values()) line.hidden = true;
    status.hidden = true;
  };

  const form = h(
    'form',
    { class: 'opinion', 'data-testid': 'public-opinion-form', novalidate: true },
    h('h3', {}, S.formTitle(set.name)),
    status,
    h('label', { for: id('pledgeId') }, S.about),
    about,
    errorLine('pledgeId'),
    h('label', { for: id('content') }, S.content),
    content,
    errorLine('content'),
    h('label', { for: id('name') }, S.name),
    name,
    errorLine('name'),
    submit,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clear();
    const text = content.value.trim();
    if (!text) return showError('content', S.contentRequired);
    submit.disabled = true;
    submit.textContent = S.submitting;
    try {
      await sendOpinion(villageId, {
        content: text,
        ...(about.value ? { pledgeId: about.value } : { pledgeSetId: set.setId }),
        ...(name.value.trim() ? { name: name.value.trim() } : {}),
      });
      form.reset();
      status.className = 'notice success';
      status.textContent = S.thanks;
      status.hidden = false;
    } catch (e) {
      const error = e instanceof PageError ? e : new PageError(0, 'UNKNOWN', S.unknownError);
      showError(error.field as Field | undefined, error.message);
    } finally {
      submit.disabled = false;
      submit.textContent = S.submit;
    }
  });
  return form;
}
