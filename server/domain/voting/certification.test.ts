import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certificationProblems } from './certification.ts';
import { type PaperStatus, pollResultsOf, type ResultInput } from './results.ts';
import type { PaperTally } from './tally.ts';

const shape: ResultInput['shape'] = [
  {
    id: 'q1',
    label: '议题一',
    subjectType: null,
    subjectId: null,
    options: [
      { id: 'a', label: '同意', kind: 'approve', score: null },
      { id: 'r', label: '不同意', kind: 'reject', score: null },
    ],
  },
];

const tally = (returned: number): PaperTally => ({
  issued: returned,
  returned,
  invalid: 0,
  counts: { q1: { a: returned, r: 0 } },
  blanks: {},
});

function results(o: {
  ballots?: number;
  codes?: number;
  paperBallots?: boolean;
  paper?: PaperStatus;
  paperReturned?: number;
  attendance?: number | null;
}) {
  const ballots = o.ballots ?? 0;
  const paper = o.paper ?? 'none';
  return pollResultsOf({
    status: 'closed',
    purpose: 'general',
    denominator: 'valid',
    quorumPreset: 'law2018',
    meetingKind: 'representative_assembly',
    eligible: 90,
    attendance: o.attendance === undefined ? 80 : o.attendance,
    households: 100,
    householdsRepresented: null,
    codesIssued: o.codes ?? ballots,
    paperBallots: o.paperBallots ?? false,
    shape,
    electronic: { ballots, votes: (_q, opt) => (opt === 'a' ? ballots : 0) },
    paper: { status: paper, agreed: paper === 'matched' ? tally(o.paperReturned ?? 0) : null },
  });
}

const has = (problems: string[], part: string) => problems.some((p) => p.includes(part));

describe('certificationProblems', () => {
  it.each([
    // The case: 1 phone ballot of 80 present, paper handed out but never entered.
    {
      what: 'paper handed out, no sheet entered',
      r: { ballots: 1, codes: 10, paperBallots: true },
      part: '纸质票还没有录入',
    },
    {
      what: 'one sheet entered',
      r: { ballots: 1, paperBallots: true, paper: 'pending' as const },
      part: '还缺一份录入',
    },
    {
      what: 'sheets disagree',
      r: { ballots: 1, paperBallots: true, paper: 'mismatch' as const },
      part: '不一致',
    },
    { what: 'no ballot at all', r: { ballots: 0, codes: 10 }, part: '没有任何选票' },
    {
      what: 'paper matched but nobody returned any',
      r: { paperBallots: true, paper: 'matched' as const, paperReturned: 0 },
      part: '没有任何选票',
    },
    { what: 'attendance not recorded', r: { ballots: 3, attendance: null }, part: '实到' },
    { what: 'no quorum', r: { ballots: 3, attendance: 10 }, part: '法定人数' },
  ])('refuses when $what', ({ r, part }) => {
    expect(has(certificationProblems(results(r)), part)).toBe(true);
  });

  it.each([
    { what: 'codes only', r: { ballots: 60, codes: 70 } },
    {
      what: 'paper only, both sheets agree',
      r: { paperBallots: true, paper: 'matched' as const, paperReturned: 70 },
    },
    {
      what: 'mixed',
      r: { ballots: 20, codes: 20, paperBallots: true, paper: 'matched' as const, paperReturned: 50 },
    },
  ])('allows $what', ({ r }) => {
    expect(certificationProblems(results(r))).toEqual([]);
  });

  it('never allows a poll that handed out paper before both sheets agree, whatever came in by phone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 80 }),
        fc.constantFrom<PaperStatus>('none', 'pending', 'mismatch'),
        (ballots, paper) => {
          expect(certificationProblems(results({ ballots, paperBallots: true, paper }))).not.toEqual([]);
        },
      ),
    );
  });
});
