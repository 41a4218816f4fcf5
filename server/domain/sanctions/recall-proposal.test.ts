import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RecallProposal, recallProposalCheck, recallProposalProblem } from './recall-proposal.ts';

const p = (v: number, r: number, s: number, n: number): RecallProposal => ({
  voterSignatures: v,
  registeredVoters: r,
  representativeSignatures: s,
  representatives: n,
});

describe('recallProposalCheck', () => {
  it.each<[RecallProposal, boolean]>([
    [p(100, 500, 0, 30), true], // exactly a fifth
    [p(99, 500, 0, 30), false],
    [p(0, 500, 10, 30), true], // exactly a third
    [p(0, 500, 9, 30), false],
    [p(101, 500, 9, 30), true],
    [p(0, 0, 0, 0), false],
  ])('%o → %s', (proposal, met) => {
    expect(recallProposalCheck(proposal).met).toBe(met);
  });

  it('is met exactly when 5 × voters ≥ registered or 3 × representatives ≥ all (never with nobody)', () => {
    fc.assert(
      fc.property(fc.nat(2000), fc.nat(2000), fc.nat(100), fc.nat(100), (a, b, c, d) => {
        const [r, v] = [Math.max(a, b), Math.min(a, b)];
        const [n, s] = [Math.max(c, d), Math.min(c, d)];
        const met = (r > 0 && v / r >= 0.2) || (n > 0 && s / n >= 1 / 3 - 1e-12);
        expect(recallProposalCheck(p(v, r, s, n)).met).toBe(met);
      }),
    );
  });
});

describe('recallProposalProblem', () => {
  it.each<[RecallProposal, string | null]>([
    [p(100, 500, 10, 30), null],
    [p(501, 500, 0, 30), 'voterSignatures'],
    [p(0, 500, 31, 30), 'representativeSignatures'],
    [p(-1, 500, 0, 30), 'voterSignatures'],
    [p(1, 500.5, 0, 30), 'registeredVoters'],
  ])('%o → %s', (proposal, field) => {
    expect(recallProposalProblem(proposal)?.field ?? null).toBe(field);
  });
});
