/** 写信: choose the box, the village and whom it is about, write, sign or not; the code is shown once. */
import { LETTER_LIMITS } from '../../server/domain/letters.ts';
import { formatLocalDate } from '../../server/domain/local-time.ts';
import { h, show } from '../vote/dom.ts';
import { type Boxes, type LetterInput, PublicApiError, sendLetter } from './api.ts';
import { S } from './strings.ts';

type Field = 'box' | 'villageId' | 'subject' | 'personId' | 'content' | 'name' | 'phone';

const radios = (name: string, options: [string, string][], checked: string) =>
  h(
    'div',
    { class: 'choices', role: 'radiogroup' },
    options.map(([value, label]) =>
      h(
        'label',
        { class: 'choice' },
        h('input', { type: 'radio', name, value, checked: value === checked }),
        h('span', {}, label),
      ),
    ),
  );

const picked = (form: HTMLFormElement, name: string) =>
  (form.querySelector(`input[name="${name}"]:checked`) as HTMLInputElement | null)?.value ?? '';

export function writePage(boxes: Boxes, onFollow: () => void): void {
  const errors = new Map<Field, HTMLElement>();
  const errorLine = (field: Field) => {
    const line = h('p', { class: 'field-error', role: 'alert', hidden: true, 'data-field': field });
    errors.set(field, line);
    return line;
  };
  const publication = boxes.publication;
  const village = h(
    'select',
    { id: 'villageId', name: 'villageId' },
    h('option', { value: '' }, S.chooseVillage),
    boxes.villages.map((v) =>
      h('option', { value: v.id, selected: v.id === boxes.preselectedVillageId }, v.name),
    ),
  );
  const cadre = h('select', { id: 'personId', name: 'personId' });
  const fillCadres = () => {
    const cadres = boxes.villages.find((v) => v.id === village.value)?.cadres ?? [];
    cadre.replaceChildren(
      h('option', { value: '' }, S.chooseCadre),
      ...cadres.map((c) => h('option', { value: c.personId }, `${c.name}（${c.post}）`)),
    );
  };
  fillCadres();
  const subjects: [string, string][] = [
    ['village', S.subjectVillage],
    ['cadre', S.subjectCadre],
  ];
  if (publication) subjects.unshift(['publication', S.subjectPublication(publication.title)]);
  const content = h('textarea', {
    id: 'content',
    name: 'content',
    rows: 6,
    maxlength: LETTER_LIMITS.contentMax,
  });
  const counter = h('p', { class: 'muted small' }, S.contentCount(0, LETTER_LIMITS.contentMax));
  content.addEventListener('input', () => {
    counter.textContent = S.contentCount(content.value.trim().length, LETTER_LIMITS.contentMax);
  });
  const name = h('input', { id: 'name', name: 'name', maxlength: LETTER_LIMITS.name, autocomplete: 'name' });
  const phone = h('input', { id: 'phone', name: 'phone', type: 'tel', maxlength: 20, autocomplete: 'tel' });
  const signedFields = h(
    'div',
    { class: 'stack', hidden: true },
    h('label', { for: 'name' }, S.name),
    name,
    errorLine('name'),
    h('label', { for: 'phone' }, S.phone),
    phone,
    errorLine('phone'),
  );
  const cadreField = h(
    'div',
    { class: 'stack', hidden: true },
    h('label', { for: 'personId' }, S.cadre),
    cadre,
    errorLine('personId'),
  );
  const villageField = h(
    'div',
    { class: 'stack' },
    h('label', { for: 'villageId' }, S.village),
    village,
    errorLine('villageId'),
  );
  const status = h('p', { class: 'notice error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'letter-submit' }, S.submit);

  const form = h(
    'form',
    { class: 'card', novalidate: true, 'data-testid': 'letter-form' },
    h('p', { class: 'label' }, S.box),
    radios(
      'box',
      [
        ['township', S.boxTownship],
        ['village', S.boxVillage],
      ],
      boxes.preselectedVillageId ? 'village' : 'township',
    ),
    errorLine('box'),
    h('p', { class: 'label' }, S.subject),
    radios('subject', subjects, publication ? 'publication' : 'village'),
    publication
      ? h('p', { class: 'muted small' }, S.objectionUntil(formatLocalDate(publication.objectionEndDate)))
      : null,
    errorLine('subject'),
    villageField,
    cadreField,
    h('label', { for: 'content' }, S.content),
    h('p', { class: 'muted small' }, S.contentHint(LETTER_LIMITS.contentMin, LETTER_LIMITS.contentMax)),
    content,
    counter,
    errorLine('content'),
    h('p', { class: 'label' }, S.sign),
    radios(
      'sign',
      [
        ['anonymous', S.anonymous],
        ['signed', S.signed],
      ],
      'anonymous',
    ),
    h('p', { class: 'muted small' }, S.anonymousHint),
    signedFields,
    status,
    submit,
  );

  const sync = () => {
    const subject = picked(form, 'subject');
    cadreField.hidden = subject !== 'cadre';
    villageField.hidden = subject === 'publication';
    signedFields.hidden = picked(form, 'sign') !== 'signed';
  };
  form.addEventListener('change', (event) => {
    if (event.target === village) fillCadres();
    sync();
  });
  sync();

  const showError = (field: string | undefined, message: string) => {
    const line = field ? errors.get(field as Field) : undefined;
    if (line) {
      line.textContent = message;
      line.hidden = false;
    }
    status.textContent = message;
    status.hidden = false;
  };
  const clear = () => {
    for (const line of errors.values()) line.hidden = true;
    status.hidden = true;
  };

  const fail = (field: Field, message: string): null => {
    showError(field, message);
    return null;
  };
  const input = (): LetterInput | null => {
    const subject = picked(form, 'subject') as LetterInput['subject'];
    const anonymous = picked(form, 'sign') !== 'signed';
    const text = content.value.trim();
    if (subject !== 'publication' && !village.value) return fail('villageId', S.required.villageId);
    if (subject === 'cadre' && !cadre.value) return fail('personId', S.required.personId);
    if (!text) return fail('content', S.required.content);
    if (text.length < LETTER_LIMITS.contentMin) {
      return fail('content', S.required.contentShort(LETTER_LIMITS.contentMin));
    }
    if (!anonymous && !name.value.trim()) return fail('name', S.required.name);
    return {
      box: picked(form, 'box') as LetterInput['box'],
      townshipId: boxes.townshipId,
      subject,
      ...(subject === 'publication' && publication
        ? { publicationId: publication.id }
        : { villageId: village.value }),
      ...(subject === 'cadre' ? { personId: cadre.value } : {}),
      anonymous,
      ...(anonymous ? {} : { name: name.value.trim(), phone: phone.value.trim() }),
      content: text,
    };
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clear();
    const letter = input();
    if (!letter) return;
    submit.disabled = true;
    submit.textContent = S.submitting;
    try {
      const sent = await sendLetter(letter);
      sentPage(sent.code, sent.receivedOn, onFollow);
    } catch (error) {
      const e = error instanceof PublicApiError ? error : null;
      showError(e?.field, e?.message ?? S.unknownError);
      submit.disabled = false;
      submit.textContent = S.submit;
    }
  });

  show(
    h('h1', {}, S.writeTitle(boxes.townshipName)),
    h('p', { class: 'muted' }, S.writeIntro),
    h('a', { href: '/letters/follow', class: 'text-link' }, S.followLink),
    form,
  );
}

/** The code, once, large and grouped for reading aloud and writing down. */
function sentPage(code: string, receivedOn: string, onFollow: () => void) {
  const go = h('button', { type: 'button', class: 'secondary' }, S.copied);
  go.addEventListener('click', onFollow);
  show(
    h(
      'section',
      { class: 'card success', 'data-testid': 'letter-sent' },
      h('h1', {}, S.sentTitle),
      h('p', {}, S.sentHelp),
      h('p', { class: 'code', 'data-testid': 'letter-code' }, code),
      h('p', { class: 'notice info' }, S.sentOnce),
      h('p', { class: 'muted' }, S.sentReceived(formatLocalDate(receivedOn))),
      go,
    ),
  );
}
