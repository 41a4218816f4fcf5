import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyVote,
  approve,
  canAddItem,
  cancelVote,
  committeeDecision,
  editItem,
  type ItemState,
  type PledgeStatus,
  resubmit,
  returnSet,
  SET_STATUSES,
  type SetStatus,
  startSoliciting,
  startVote,
  withdrawItem,
} from './workflow.ts';

const items = (...statuses: PledgeStatus[]): ItemState[] =>
  statuses.map((status, i) => ({ id: `p${i}`, status }));
const refusalOf = <T>(step: { ok: true; value: T } | { ok: false; refusal: { code: string } }) =>
  step.ok ? null : step.refusal.code;

describe('editing', () => {
  it.each([
    ['draft', 'draft', 'draft'],
    ['soliciting', 'draft', 'draft'],
    ['soliciting', 'rejected', 'draft'],
    ['returned', 'confirmed', 'draft'],
    ['returned', 'draft', 'draft'],
  ] as [SetStatus, PledgeStatus, PledgeStatus][])('set %s, item %s → %s', (set, item, next) => {
    expect(editItem(set, item)).toEqual({ ok: true, value: next });
  });

  it.each([
    ['committee_passed', 'draft', 'WRONG_SET_STATUS'],
    ['voting', 'voting', 'WRONG_SET_STATUS'],
    ['confirmed', 'confirmed', 'WRONG_SET_STATUS'],
    ['approved', 'confirmed', 'PLEDGES_LOCKED'],
    ['soliciting', 'confirmed', 'WRONG_SET_STATUS'],
    ['draft', 'withdrawn', 'WRONG_SET_STATUS'],
  ] as [SetStatus, PledgeStatus, string][])('refuses set %s, item %s (%s)', (set, item, code) => {
    expect(refusalOf(editItem(set, item))).toBe(code);
  });

  it('adds items only while the set is editable; approved is locked', () => {
    expect(canAddItem('draft').ok).toBe(true);
    expect(canAddItem('returned').ok).toBe(true);
    expect(refusalOf(canAddItem('voting'))).toBe('WRONG_SET_STATUS');
    expect(refusalOf(canAddItem('approved'))).toBe('PLEDGES_LOCKED');
  });

  it('withdraws like an edit', () => {
    expect(withdrawItem('draft', 'draft')).toEqual({ ok: true, value: 'withdrawn' });
    expect(refusalOf(withdrawItem('approved', 'confirmed'))).toBe('PLEDGES_LOCKED');
  });

  it('approved sets refuse every edit (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('draft', 'voting', 'confirmed', 'rejected', 'withdrawn' as const),
        (item) => {
          expect(editItem('approved', item as PledgeStatus).ok).toBe(false);
        },
      ),
    );
  });
});

describe('solicitation and the two committees', () => {
  it('starts soliciting from a draft with items, not without', () => {
    expect(startSoliciting({ status: 'draft', items: items('draft') })).toEqual({
      ok: true,
      value: 'soliciting',
    });
    expect(refusalOf(startSoliciting({ status: 'draft', items: [] }))).toBe('NO_ITEMS');
    expect(refusalOf(startSoliciting({ status: 'draft', items: items('withdrawn') }))).toBe('NO_ITEMS');
    expect(refusalOf(startSoliciting({ status: 'voting', items: items('voting') }))).toBe('WRONG_SET_STATUS');
  });

  it('passes with every opinion handled and every rejected item revised', () => {
    const set = { status: 'soliciting' as const, items: items('draft', 'confirmed') };
    expect(committeeDecision(set, true, 0)).toEqual({ ok: true, value: 'committee_passed' });
    expect(refusalOf(committeeDecision(set, true, 1))).toBe('OPINIONS_UNHANDLED');
    expect(
      refusalOf(committeeDecision({ status: 'soliciting', items: items('rejected', 'draft') }, true, 0)),
    ).toBe('UNREVISED_ITEMS');
    expect(refusalOf(committeeDecision({ status: 'soliciting', items: items('confirmed') }, true, 0))).toBe(
      'NO_ITEMS',
    );
    expect(refusalOf(committeeDecision({ status: 'draft', items: items('draft') }, true, 0))).toBe(
      'WRONG_SET_STATUS',
    );
  });

  it('not passing keeps the set under solicitation', () => {
    expect(committeeDecision({ status: 'soliciting', items: items('draft') }, false, 3)).toEqual({
      ok: true,
      value: 'soliciting',
    });
  });
});

describe('the vote', () => {
  it('puts the draft items to the vote, not the confirmed or withdrawn ones', () => {
    const step = startVote({
      status: 'committee_passed',
      items: items('draft', 'confirmed', 'withdrawn', 'draft'),
    });
    expect(step).toEqual({ ok: true, value: { status: 'voting', itemIds: ['p0', 'p3'] } });
    expect(refusalOf(startVote({ status: 'soliciting', items: items('draft') }))).toBe('WRONG_SET_STATUS');
  });

  it.each([
    [5, 10, 'confirmed'],
    [6, 10, 'rejected'],
    [5, 9, 'rejected'],
    [4, 9, 'confirmed'],
    [0, 0, 'confirmed'],
    [1, 1, 'rejected'],
  ])('不满意 %d of denominator %d → %s (exactly half is not rejected)', (reject, denominator, outcome) => {
    const step = applyVote({ status: 'voting', items: items('voting') }, [
      { itemId: 'p0', rejectVotes: reject, denominatorValue: denominator },
    ]);
    expect(step.ok && step.value.items[0]!.status).toBe(outcome);
  });

  it('a rejection sends the set back to solicitation; all confirmed → confirmed', () => {
    const set = { status: 'voting' as const, items: items('voting', 'voting', 'confirmed') };
    const mixed = applyVote(set, [
      { itemId: 'p0', rejectVotes: 2, denominatorValue: 10 },
      { itemId: 'p1', rejectVotes: 6, denominatorValue: 10 },
    ]);
    expect(mixed.ok && mixed.value).toEqual({
      status: 'soliciting',
      items: [
        { id: 'p0', status: 'confirmed' },
        { id: 'p1', status: 'rejected' },
      ],
    });
    const all = applyVote(set, [
      { itemId: 'p0', rejectVotes: 0, denominatorValue: 10 },
      { itemId: 'p1', rejectVotes: 5, denominatorValue: 10 },
    ]);
    expect(all.ok && all.value.status).toBe('confirmed');
  });

  it('refuses an incomplete result or a set not voting', () => {
    expect(refusalOf(applyVote({ status: 'voting', items: items('voting', 'voting') }, []))).toBe(
      'VOTE_INCOMPLETE',
    );
    expect(refusalOf(applyVote({ status: 'confirmed', items: items('confirmed') }, []))).toBe(
      'WRONG_SET_STATUS',
    );
  });
});

describe('calling off a vote', () => {
  it('puts the voting items back to pending unless the poll is certified', () => {
    const set = { status: 'voting' as const, items: items('voting', 'confirmed', 'voting') };
    expect(cancelVote(set, false)).toEqual({
      ok: true,
      value: { status: 'committee_passed', itemIds: ['p0', 'p2'] },
    });
    expect(refusalOf(cancelVote(set, true))).toBe('POLL_CERTIFIED');
    expect(refusalOf(cancelVote({ status: 'soliciting', items: items('draft') }, false))).toBe(
      'WRONG_SET_STATUS',
    );
  });
});

describe('township approval', () => {
  it('approves a confirmed set; then it is locked', () => {
    expect(approve({ status: 'confirmed', items: items('confirmed', 'withdrawn') })).toEqual({
      ok: true,
      value: 'approved',
    });
    expect(refusalOf(approve({ status: 'approved', items: items('confirmed') }))).toBe('PLEDGES_LOCKED');
    expect(refusalOf(approve({ status: 'voting', items: items('voting') }))).toBe('WRONG_SET_STATUS');
  });

  it('returns a confirmed set; a returned set whose items are unchanged may be resubmitted', () => {
    expect(returnSet({ status: 'confirmed', items: items('confirmed') })).toEqual({
      ok: true,
      value: 'returned',
    });
    expect(refusalOf(returnSet({ status: 'approved', items: items('confirmed') }))).toBe('PLEDGES_LOCKED');
    expect(resubmit({ status: 'returned', items: items('confirmed', 'withdrawn') })).toEqual({
      ok: true,
      value: 'confirmed',
    });
    expect(refusalOf(resubmit({ status: 'returned', items: items('confirmed', 'draft') }))).toBe(
      'NEEDS_VOTE',
    );
    expect(startSoliciting({ status: 'returned', items: items('confirmed', 'draft') }).ok).toBe(true);
    expect(resubmit({ status: 'soliciting', items: items('confirmed', 'withdrawn') })).toEqual({
      ok: true,
      value: 'confirmed',
    });
    expect(refusalOf(resubmit({ status: 'soliciting', items: items('confirmed', 'rejected') }))).toBe(
      'NEEDS_VOTE',
    );
    expect(refusalOf(resubmit({ status: 'voting', items: items('voting') }))).toBe('WRONG_SET_STATUS');
    expect(refusalOf(resubmit({ status: 'soliciting', items: items('withdrawn') }))).toBe('NO_ITEMS');
  });

  it('nothing but approval leads to approved (property)', () => {
    const status = fc.constantFrom(...SET_STATUSES);
    const itemStatus = fc.constantFrom('draft', 'voting', 'confirmed', 'rejected', 'withdrawn' as const);
    fc.assert(
      fc.property(status, fc.array(itemStatus, { maxLength: 5 }), (s, list) => {
        const set = { status: s, items: items(...(list as PledgeStatus[])) };
        for (const step of [
          startSoliciting(set),
          committeeDecision(set, true, 0),
          returnSet(set),
          resubmit(set),
        ]) {
          if (step.ok) expect(step.value).not.toBe('approved');
        }
      }),
    );
  });
});
