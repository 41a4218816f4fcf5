import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextPhase, PHASES, type Phase, type TransitionFacts, transitionRefusals } from './phases.ts';

const calm: TransitionFacts = { activeParticipants: 5 };
const phase = fc.constantFrom(...PHASES);

describe('transitionRefusals', () => {
  it.each([
    ['setup', 'pledging'],
    ['pledging', 'fulfilment'],
    ['fulfilment', 'evaluation'],
    ['evaluation', 'sanctions'],
    ['sanctions', 'archived'],
  ] as [Phase, Phase][])('allows %s → %s when nothing blocks it', (from, to) => {
    expect(transitionRefusals(from, to, calm)).toEqual([]);
  });

  it.each([
    ['setup', 'fulfilment', /只能从“筹备”进入“承诺”阶段/],
    ['pledging', 'setup', /不能转到“筹备”/],
    ['evaluation', 'evaluation', /只能从“评诺”进入“奖惩”/],
    ['archived', 'setup', /已归档/],
    ['archived', 'archived', /已归档/],
  ] as [Phase, Phase, RegExp][])('refuses %s → %s', (from, to, why) => {
    const reasons = transitionRefusals(from, to, calm);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(why);
  });

  it.each([
    ['setup', 'pledging', { activeParticipants: 0 }, /没有可参加考评的承诺主体/],
    ['pledging', 'fulfilment', { activeParticipants: 3, unapprovedPledgeSets: 2 }, /还有 2 名/],
    ['evaluation', 'sanctions', { activeParticipants: 3, ungradedParticipants: 1 }, /没有综合考评等次/],
    ['sanctions', 'archived', { activeParticipants: 3, openSanctionTasks: 4 }, /4 项奖惩任务/],
    [
      'sanctions',
      'archived',
      { activeParticipants: 3, countySubmissions: 0 },
      /尚未上报县委组织部、县民政局/,
    ],
  ] as [Phase, Phase, TransitionFacts, RegExp][])('refuses %s → %s on facts', (from, to, facts, why) => {
    expect(transitionRefusals(from, to, facts).join('；')).toMatch(why);
  });

  it('archives a year once its results were submitted to the county, or with nobody to report on', () => {
    expect(
      transitionRefusals('sanctions', 'archived', { activeParticipants: 3, countySubmissions: 1 }),
    ).toEqual([]);
    expect(
      transitionRefusals('sanctions', 'archived', { activeParticipants: 0, countySubmissions: 0 }),
    ).toEqual([]);
  });

  it('only ever allows the next phase, and nothing after archived', () => {
    fc.assert(
      fc.property(phase, phase, fc.nat(50), (from, to, active) => {
        const allowed = transitionRefusals(from, to, { activeParticipants: active }).length === 0;
        if (allowed) expect(to).toBe(nextPhase(from));
        if (from === 'archived') expect(allowed).toBe(false);
      }),
    );
  });

  it('every refusal is given as Chinese text', () => {
    fc.assert(
      fc.property(phase, phase, (from, to) => {
        for (const reason of transitionRefusals(from, to, { activeParticipants: 0 })) {
          expect(reason).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
    );
  });

  it('walks the year in order and ends at archived', () => {
    const walked: Phase[] = ['setup'];
    for (let p = nextPhase('setup'); p; p = nextPhase(p)) walked.push(p);
    expect(walked).toEqual([...PHASES]);
    expect(nextPhase('archived')).toBeNull();
  });
});
