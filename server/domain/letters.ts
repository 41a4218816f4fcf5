/**
 * 监督信箱 (DESIGN §2.6): a letter's way through the office, as a pure state machine.
 * 已收到 → 已转办 (to a handler, with a due date) → 已答复 → 已办结. The writer may say 不满意 once,
 * after the answer (before or after the office closed it): the letter goes back to 已转办 with a new
 * due date. After that reply the next close is final.
 */
import { daysBetween } from './local-time.ts';

export const LETTER_STATUSES = ['received', 'assigned', 'answered', 'closed'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

export const LETTER_STATUS_LABELS: Record<LetterStatus, string> = {
  received: '已收到',
  assigned: '已转办',
  answered: '已答复',
  closed: '已办结',
};

export const LETTER_BOXES = ['township', 'village'] as const;
export type LetterBox = (typeof LETTER_BOXES)[number];
export const LETTER_BOX_LABELS: Record<LetterBox, string> = { township: '乡监督信箱', village: '村监督信箱' };

export const LETTER_SUBJECTS = ['village', 'cadre', 'publication'] as const;
export type LetterSubject = (typeof LETTER_SUBJECTS)[number];
export const LETTER_SUBJECT_LABELS: Record<LetterSubject, string> = {
  village: '村里的事',
  cadre: '村干部',
  publication: '公示异议',
};

export const LETTER_CHANNELS = ['online', 'paper'] as const;
export type LetterChannel = (typeof LETTER_CHANNELS)[number];
export const LETTER_CHANNEL_LABELS: Record<LetterChannel, string> = { online: '网上', paper: '信箱' };

/** The office's default time to answer, counted from the day it assigns (or the letter reopens). */
export const DEFAULT_LETTER_DUE_DAYS = 15;

/** Lengths people may write (characters). */
export const LETTER_LIMITS = {
  contentMin: 10,
  contentMax: 2000,
  name: 20,
  answerMax: 2000,
  replyMax: 1000,
  handlerUnit: 40,
} as const;

export type LetterState = {
  status: LetterStatus;
  /** The writer has used their one 不满意 reply. */
  replied: boolean;
};

export type LetterRefusal = { code: string; message: string };
export type LetterStep = { ok: true; state: LetterState } | { ok: false; refusal: LetterRefusal };

const ok = (state: LetterState): LetterStep => ({ ok: true, state });
const refuse = (code: string, message: string): LetterStep => ({ ok: false, refusal: { code, message } });

/** To a handler (again, while not yet answered: a reassignment changes handler and due date). */
export function assign(s: LetterState): LetterStep {
  if (s.status === 'received' || s.status === 'assigned') return ok({ ...s, status: 'assigned' });
  return refuse('LETTER_NOT_OPEN', `信件${LETTER_STATUS_LABELS[s.status]}，不能再转办`);
}

export function answer(s: LetterState): LetterStep {
  if (s.status === 'assigned') return ok({ ...s, status: 'answered' });
  if (s.status === 'received') return refuse('LETTER_NOT_ASSIGNED', '信件尚未转办，请先转办再答复');
  return refuse('LETTER_NOT_OPEN', `信件${LETTER_STATUS_LABELS[s.status]}，不能再答复`);
}

export function close(s: LetterState): LetterStep {
  if (s.status === 'answered') return ok({ ...s, status: 'closed' });
  if (s.status === 'closed') return refuse('LETTER_CLOSED', '信件已办结');
  return refuse('LETTER_NOT_ANSWERED', '信件答复后才能办结');
}

/** The writer's one 不满意: reopens an answered (or closed) letter. */
export function reply(s: LetterState): LetterStep {
  if (s.replied) return refuse('LETTER_REPLIED', '每封信只能回复一次不满意，已经回复过了');
  if (s.status === 'answered' || s.status === 'closed') return ok({ status: 'assigned', replied: true });
  return refuse('LETTER_NOT_ANSWERED', '信件答复后才能回复是否满意');
}

/** Assigned and not answered by the due date: it stands out in lists and counts. */
export const isOverdue = (status: LetterStatus, dueOn: string | null, today: string) =>
  status === 'assigned' && dueOn !== null && daysBetween(dueOn, today) > 0;

/** Calendar-day arithmetic lives with the other date rules. */
export { addDays } from './local-time.ts';

/** Content compared for dedupe: the same words with other spacing or punctuation are the same letter. */
export const dedupeText = (content: string) =>
  content
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .toLowerCase();
