/**
 * Who may see and do what with a letter of the 监督信箱 (DESIGN §2.6, §3 "letter writers stay
 * anonymous to the people written about").
 *
 * What each role sees (`letterView`):
 * - 乡考评办 (township_office): everything, the writer's name and phone of a signed letter included
 *   (an anonymous letter stores none). It assigns, answers, closes and enters paper letters.
 * - 乡领导 (township_leader): letters about its 联系村 and letters assigned to it, without who wrote
 *   (no name, phone or channel details); it answers the letters assigned to it.
 * - 县 (county_viewer): the same view as a leader, for reading; no steps.
 * - 村干部 and 村会议记录员 of the village written about: the person written about, or someone who
 *   would tell them. They never see an open letter, nor its content (its words can name the writer),
 *   the writer, the channel, or any time but dates. Once a letter is 已办结 they see what the office
 *   answered: the subject, the answer and the dates answered and closed. Nothing else.
 * - Every other role: nothing.
 */

import { answer, assign, close, type LetterState, type LetterStep } from '../letters.ts';
import { isAllowed } from '../permissions.ts';
import type { Role } from '../roles.ts';

export const LETTER_ACTIONS = ['assign', 'answer', 'close'] as const;
export type LetterAction = (typeof LETTER_ACTIONS)[number];

/** How much of a letter the actor may read; null: not at all (a 404, as if it did not exist). */
export type LetterView = 'full' | 'staff' | 'answer_only';

export type LetterActor = {
  userId: string;
  role: Role;
  /** The village of a village account, null for the others. */
  villageId: string | null;
  contactVillageIds: string[];
};

export type LetterFacts = {
  actor: LetterActor;
  letter: LetterState & { villageId: string | null; handlerUserId: string | null };
};

export type LetterPolicyRefusal = { kind: 'forbidden' | 'conflict'; code: string; message: string };

export function letterView({ actor, letter }: LetterFacts): LetterView | null {
  switch (actor.role) {
    case 'township_office':
      return 'full';
    case 'county_viewer':
      return 'staff';
    case 'township_leader':
      if (letter.handlerUserId === actor.userId) return 'staff';
      return letter.villageId !== null && actor.contactVillageIds.includes(letter.villageId) ? 'staff' : null;
    case 'village_cadre':
    case 'village_clerk':
      return letter.status === 'closed' && letter.villageId !== null && letter.villageId === actor.villageId
        ? 'answer_only'
        : null;
    default:
      return null;
  }
}

const STEPS: Record<LetterAction, (s: LetterState) => LetterStep> = { assign, answer, close };

const forbidden = (message: string): LetterPolicyRefusal => ({
  kind: 'forbidden',
  code: 'FORBIDDEN',
  message,
});

/** Why the actor may not take this step on the letter now, or null when they may. */
export function letterRefusal(facts: LetterFacts, action: LetterAction): LetterPolicyRefusal | null {
  const { actor, letter } = facts;
  const handles = isAllowed(actor.role, 'letter.handle');
  const answersOwn =
    action === 'answer' && isAllowed(actor.role, 'letter.answer') && letter.handlerUserId === actor.userId;
  if (!handles && !answersOwn) {
    return forbidden(action === 'answer' ? '只有乡考评办或承办人可以答复这封信' : '只有乡考评办可以办理信件');
  }
  const step = STEPS[action](letter);
  return step.ok ? null : { kind: 'conflict', ...step.refusal };
}

export const letterActions = (facts: LetterFacts): LetterAction[] =>
  letterView(facts) === null ? [] : LETTER_ACTIONS.filter((a) => letterRefusal(facts, a) === null);
