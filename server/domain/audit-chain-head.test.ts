import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainHeadLine, checkRecordedHead, parseRecordedHead } from './audit-chain-head.ts';

const GENESIS_HASH = '0'.repeat(64);

describe('a chain head recorded elsewhere', () => {
  const hash = `${'ab12cd34ef567890'}${'0'.repeat(48)}`;
  it.each([
    ['35:ab12cd34ef567890', { seq: 35, hash: 'ab12cd34ef567890' }],
    [' 7:AB12CD34 ', { seq: 7, hash: 'ab12cd34' }],
    [`1:${hash}`, { seq: 1, hash }],
    ['35:ab12', null],
    ['0:ab12cd34ef567890', null],
    ['35-ab12cd34ef567890', null],
    ['35:xyz12cd34ef56789', null],
    [`1:${hash}0`, null],
  ])('parses %j', (text, head) => {
    expect(parseRecordedHead(text)).toEqual(head);
  });

  it.each([
    ['still there', { seq: 40, hash }, hash, null],
    ['still there, later entries added', { seq: 52, hash: 'ffff' }, hash, null],
    ['newest entries removed', { seq: 36, hash: 'cccc' }, null, { kind: 'removed', from: 37, to: 40 }],
    ['all entries removed', { seq: 0, hash: GENESIS_HASH }, null, { kind: 'removed', from: 1, to: 40 }],
    ['rewritten from there', { seq: 45, hash: 'ffff' }, 'ffff'.repeat(16), { kind: 'replaced', seq: 40 }],
  ] as const)('%s', (_, head, hashAtSeq, finding) => {
    expect(checkRecordedHead({ seq: 40, hash: 'ab12cd34ef567890' }, head, hashAtSeq)).toEqual(finding);
  });

  it('is printed with the county and the first 16 hex digits of the hash', () => {
    expect(chainHeadLine({ seq: 35, hash }, '示范县')).toBe(
      '审计链（示范县）：第 35 条 · 哈希 ab12cd34ef567890…',
    );
    expect(chainHeadLine({ seq: 0, hash: GENESIS_HASH })).toBe('审计链：尚无记录');
  });

  it('as printed, is found again by the check', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.stringMatching(/^[0-9a-f]{64}$/), (seq, full) => {
        const printed = chainHeadLine({ seq, hash: full }).match(/第 (\d+) 条 · 哈希 ([0-9a-f]+)…/)!;
        const recorded = parseRecordedHead(`${printed[1]}:${printed[2]}`)!;
        expect(checkRecordedHead(recorded, { seq, hash: full }, full)).toBeNull();
        expect(checkRecordedHead(recorded, { seq: seq - 1, hash: full }, null)?.kind).toBe('removed');
      }),
    );
  });
});
