import { describe, expect, it } from 'vitest';
import type { Role } from '../roles.ts';
import {
  type CorrectionFacts,
  correctionActions,
  createMeetingRefusal,
  type JurorFacts,
  type JuryMeetingFacts,
  jurorActions,
  jurorRefusal,
  juryMeetingActions,
} from './jury.ts';

const office = { role: 'township_office' as Role };
const meeting = (over: Partial<JuryMeetingFacts> = {}): JuryMeetingFacts => ({
  actor: office,
  phase: 'evaluation',
  status: 'setup',
  jurors: 5,
  reporters: 10,
  allComplete: false,
  hasCurrent: false,
  ...over,
});

describe('createMeetingRefusal', () => {
  it.each<[string, Role, 'evaluation' | 'fulfilment', boolean, string | null]>([
    ['office in 评诺', 'township_office', 'evaluation', false, null],
    ['a leader may not', 'township_leader', 'evaluation', false, 'FORBIDDEN'],
    ['not before 评诺', 'township_office', 'fulfilment', false, 'WRONG_PHASE'],
    ['once a year', 'township_office', 'evaluation', true, 'MEETING_EXISTS'],
  ])('%s', (_n, role, phase, exists, code) => {
    expect(createMeetingRefusal({ actor: { role }, phase, exists })?.code ?? null).toBe(code);
  });
});

describe('juryMeetingActions', () => {
  it.each<[string, Partial<JuryMeetingFacts>, string[]]>([
    [
      'setup, ready',
      {},
      ['edit', 'add_juror', 'remove_juror', 'set_ties', 'order_reporters', 'issue_slip', 'start'],
    ],
    [
      'setup with two jurors cannot start',
      { jurors: 2 },
      ['edit', 'add_juror', 'remove_juror', 'set_ties', 'order_reporters', 'issue_slip'],
    ],
    [
      'setup without reporters cannot start',
      { reporters: 0 },
      ['edit', 'add_juror', 'remove_juror', 'set_ties', 'order_reporters', 'issue_slip'],
    ],
    [
      'running, reporting',
      { status: 'running', hasCurrent: true },
      ['edit', 'issue_slip', 'next', 'enter_paper', 'request_correction'],
    ],
    [
      'running, all done',
      { status: 'running', allComplete: true },
      ['edit', 'issue_slip', 'next', 'finish', 'enter_paper', 'request_correction'],
    ],
    ['finished', { status: 'finished', allComplete: true }, ['request_correction', 'view_report']],
    ['archived year: only the report', { status: 'finished', phase: 'archived' }, ['view_report']],
    ['not the office: nothing', { actor: { role: 'township_leader' } }, []],
    ['a juror: nothing', { actor: { role: 'juror' }, status: 'running' }, []],
  ])('%s', (_n, over, actions) => {
    expect(juryMeetingActions(meeting(over))).toEqual(actions);
  });
});

const juror = (over: Partial<JurorFacts> = {}): JurorFacts => ({
  actor: { role: 'juror' },
  phase: 'evaluation',
  isJuror: true,
  status: 'running',
  isCurrent: true,
  recused: false,
  alreadyScored: false,
  ...over,
});

describe('jurorRefusal', () => {
  it.each<[string, Partial<JurorFacts>, string | null, string[]]>([
    ['scores the current reporter', {}, null, ['score', 'declare_tie']],
    ['scored already: 409, no second score', { alreadyScored: true }, 'ALREADY_SCORED', []],
    ['recused: 回避', { recused: true }, 'RECUSED', ['declare_tie']],
    ['not a juror of this meeting', { isJuror: false }, 'FORBIDDEN', []],
    ['another role', { actor: { role: 'township_office' } }, 'FORBIDDEN', []],
    ['not started', { status: 'setup' }, 'NOT_RUNNING', ['declare_tie']],
    ['finished', { status: 'finished' }, 'NOT_RUNNING', []],
    ['no current reporter', { isCurrent: false }, 'NOT_CURRENT', ['declare_tie']],
    ['archived', { phase: 'archived' }, 'WRONG_PHASE', []],
  ])('%s', (_n, over, code, actions) => {
    expect(jurorRefusal(juror(over), 'score')?.code ?? null).toBe(code);
    expect(jurorActions(juror(over))).toEqual(actions);
  });

  it('a 409 for a second score, a Chinese reason', () => {
    const refusal = jurorRefusal(juror({ alreadyScored: true }), 'score')!;
    expect(refusal.kind).toBe('conflict');
    expect(refusal.message).toMatch(/不能修改/);
  });
});

const correction = (over: Partial<CorrectionFacts> = {}): CorrectionFacts => ({
  actor: { role: 'township_office', userId: 'B' },
  phase: 'evaluation',
  requestedBy: 'A',
  confirmed: false,
  ...over,
});

describe('correctionActions', () => {
  it.each<[string, Partial<CorrectionFacts>, string[]]>([
    ['a second office account confirms', {}, ['confirm', 'cancel']],
    ['the one who asked may only withdraw', { actor: { role: 'township_office', userId: 'A' } }, ['cancel']],
    ['confirmed: nothing more', { confirmed: true }, []],
    ['not the office', { actor: { role: 'township_leader', userId: 'B' } }, []],
    ['archived', { phase: 'archived' }, []],
  ])('%s', (_n, over, actions) => {
    expect(correctionActions(correction(over))).toEqual(actions);
  });
});
