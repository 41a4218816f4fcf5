import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  answer,
  assign,
  close,
  dedupeText,
  isOverdue,
  LETTER_STATUSES,
  type LetterState,
  type LetterStep,
  reply,
} from './letters.ts';

const at = (status: LetterState['status'], replied = false): LetterState => ({ status, replied });
const outcome = (step: LetterStep) => (step.ok ? step.state : step.refusal.code);

describe('the letter workflow', () => {
  it.each([
    ['assign', assign, at('received'), { status: 'assigned', replied: false }],
    ['reassign', assign, at('assigned'), { status: 'assigned', replied: false }],
    ['assign an answered letter', assign, at('answered'), 'LETTER_NOT_OPEN'],
    ['assign a closed letter', assign, at('closed'), 'LETTER_NOT_OPEN'],
    ['answer before assigning', answer, at('received'), 'LETTER_NOT_ASSIGNED'],
    ['answer', answer, at('assigned'), { status: 'answered', replied: false }],
    ['answer twice', answer, at('answered'), 'LETTER_NOT_OPEN'],
    ['answer after reopening', answer, at('assigned', true), { status: 'answered', replied: true }],
    ['close before an answer', close, at('assigned'), 'LETTER_NOT_ANSWERED'],
    ['close unassigned', close, at('received'), 'LETTER_NOT_ANSWERED'],
    ['close', close, at('answered'), { status: 'closed', replied: false }],
    ['close twice', close, at('closed'), 'LETTER_CLOSED'],
    ['reply to the answer', reply, at('answered'), { status: 'assigned', replied: true }],
    ['reply after closing', reply, at('closed'), { status: 'assigned', replied: true }],
    ['reply before an answer', reply, at('assigned'), 'LETTER_NOT_ANSWERED'],
    ['reply on receipt', reply, at('received'), 'LETTER_NOT_ANSWERED'],
    ['reply a second time', reply, at('answered', true), 'LETTER_REPLIED'],
    ['reply after the final close', reply, at('closed', true), 'LETTER_REPLIED'],
  ] as const)('%s', (_name, step, state, expected) => {
    expect(outcome(step(state))).toEqual(expected);
  });

  const anyStep = fc.constantFrom(assign, answer, close, reply);
  const anyState = fc.record({ status: fc.constantFrom(...LETTER_STATUSES), replied: fc.boolean() });

  it('never forgets a reply, and a refusal leaves nothing to apply', () => {
    fc.assert(
      fc.property(anyState, fc.array(anyStep, { maxLength: 30 }), (start, steps) => {
        let state = start;
        for (const step of steps) {
          const next = step(state);
          if (!next.ok) {
            expect(next.refusal.message).toMatch(/[\u4e00-\u9fff]/);
            continue;
          }
          expect(LETTER_STATUSES).toContain(next.state.status);
          if (state.replied) expect(next.state.replied).toBe(true);
          state = next.state;
        }
      }),
    );
  });

  it('lets a writer reply at most once on any path, and a closed replied letter stays closed', () => {
    fc.assert(
      fc.property(fc.array(anyStep, { maxLength: 40 }), (steps) => {
        let state: LetterState = at('received');
        let replies = 0;
        for (const step of steps) {
          const next = step(state);
          if (!next.ok) continue;
          if (step === reply) replies += 1;
          state = next.state;
        }
        expect(replies).toBeLessThanOrEqual(1);
        if (state.status === 'closed' && state.replied) {
          for (const step of [assign, answer, close, reply]) expect(step(state).ok).toBe(false);
        }
      }),
    );
  });
});

describe('overdue', () => {
  it.each([
    ['assigned, due yesterday', 'assigned', '2026-11-30', true],
    ['assigned, due today', 'assigned', '2026-12-01', false],
    ['assigned, due tomorrow', 'assigned', '2026-12-02', false],
    ['answered after the due date', 'answered', '2026-11-01', false],
    ['closed', 'closed', '2026-11-01', false],
    ['received (no due date yet)', 'received', null, false],
  ] as const)('%s', (_name, status, dueOn, expected) => {
    expect(isOverdue(status, dueOn, '2026-12-01')).toBe(expected);
  });
});

describe('dates and dedupe', () => {
  it('adds calendar days across months and years', () => {
    expect(addDays('2026-11-20', 15)).toBe('2026-12-05');
    expect(addDays('2026-12-25', 15)).toBe('2027-01-09');
    expect(addDays('2028-02-20', 10)).toBe('2028-03-01');
  });

  it('sees the same words with other spacing and punctuation as one letter', () => {
    expect(dedupeText('村里的路灯 坏了，三个月没人修！')).toBe(dedupeText('村里的路灯坏了三个月没人修'));
    expect(dedupeText('村里的路灯坏了')).not.toBe(dedupeText('村里的水管坏了'));
  });
});
