import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AuditContent,
  auditHash,
  type ChainedEntry,
  canonicalJson,
  chainStart,
  GENESIS_HASH,
  walkChain,
} from './audit-chain.ts';

/** Builds a valid chain from contents, numbering seq from `after` + 1. */
function chain(contents: Omit<AuditContent, 'seq'>[], start = GENESIS_HASH, after = 0): ChainedEntry[] {
  let prev = start;
  return contents.map((c, i) => {
    const content = { ...c, seq: after + i + 1 };
    const hash = auditHash(prev, content);
    const entry = { ...content, prevHash: prev, hash };
    prev = hash;
    return entry;
  });
}

const jsonValue = fc.jsonValue({ maxDepth: 2 });
const content = fc.record({
  at: fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  countyId: fc.option(fc.uuid(), { nil: null }),
  townshipId: fc.option(fc.uuid(), { nil: null }),
  actorId: fc.option(fc.uuid(), { nil: null }),
  actorName: fc.string({ maxLength: 12 }),
  action: fc.string({ minLength: 1, maxLength: 20 }),
  entity: fc.string({ minLength: 1, maxLength: 12 }),
  entityId: fc.option(fc.string({ maxLength: 36 }), { nil: null }),
  before: jsonValue,
  after: jsonValue,
  reason: fc.option(fc.string({ maxLength: 30 }), { nil: null }),
});

const FIELDS = [
  'seq',
  'at',
  'countyId',
  'townshipId',
  'actorId',
  'actorName',
  'action',
  'entity',
  'entityId',
  'before',
  'after',
  'reason',
  'prevHash',
  'hash',
] as const satisfies readonly (keyof ChainedEntry)[];

/** Any value of any type: a mutation may change a field's type as well as its value. */
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.integer(),
  fc.string({ maxLength: 64 }),
  fc.constant(null),
);

describe('audit chain', () => {
  it('verifies an untouched chain of any length', () => {
    fc.assert(
      fc.property(fc.array(content, { maxLength: 12 }), (contents) => {
        const entries = chain(contents);
        const walked = walkChain(entries);
        expect(walked.broken).toBeNull();
        expect(walked.verified).toBe(entries.length);
        expect(walked.head).toEqual(
          entries.length
            ? { seq: entries.length, hash: entries.at(-1)!.hash }
            : { seq: 0, hash: GENESIS_HASH },
        );
      }),
    );
  });

  it('detects any single mutation of any field of any entry at that entry', () => {
    fc.assert(
      fc.property(
        fc.array(content, { minLength: 1, maxLength: 10 }),
        fc.nat(),
        fc.constantFrom(...FIELDS),
        anyValue,
        (contents, pick, field, value) => {
          const entries = chain(contents);
          const index = pick % entries.length;
          const target = entries[index]!;
          fc.pre(canonicalJson(target[field]) !== canonicalJson(value));
          const mutated = { ...target, [field]: value };
          entries[index] = mutated;
          const { broken, verified } = walkChain(entries);
          expect(broken).not.toBeNull();
          expect(broken!.seq).toEqual(mutated.seq);
          expect(verified).toBe(index);
          expect(walkChain(entries.slice(0, index)).broken).toBeNull();
        },
      ),
      { numRuns: 500 },
    );
  });

  it('detects removed entries at the entry after them, as a gap', () => {
    fc.assert(
      fc.property(
        fc.array(content, { minLength: 2, maxLength: 10 }),
        fc.nat(),
        fc.nat(),
        (contents, pick, many) => {
          const entries = chain(contents);
          const index = pick % (entries.length - 1);
          const count = 1 + (many % (entries.length - 1 - index));
          entries.splice(index, count);
          expect(walkChain(entries).broken).toEqual({ seq: index + count + 1, why: 'gap' });
        },
      ),
    );
  });

  it('detects two entries swapped', () => {
    fc.assert(
      fc.property(fc.array(content, { minLength: 2, maxLength: 10 }), fc.nat(), (contents, pick) => {
        const entries = chain(contents);
        const index = pick % (entries.length - 1);
        const [a, b] = [entries[index]!, entries[index + 1]!];
        entries[index] = b;
        entries[index + 1] = a;
        expect(walkChain(entries).broken?.seq).toBe(b.seq);
      }),
    );
  });

  it('hashes the same content the same however its keys are ordered (jsonb reorders keys)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 6 }), jsonValue), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(object));
      }),
    );
  });

  it('continues a chain from a given start (seq and hash)', () => {
    const from = { seq: 34, hash: 'f'.repeat(64) };
    const entries = chain([sample(), { ...sample(), action: 'b' }], from.hash, from.seq);
    expect(walkChain(entries, from)).toEqual({
      head: { seq: 36, hash: entries[1]!.hash },
      verified: 2,
      broken: null,
    });
    expect(walkChain(entries).broken).toEqual({ seq: 35, why: 'gap' });
    expect(walkChain(entries, { seq: 34, hash: GENESIS_HASH }).broken).toEqual({ seq: 35, why: 'link' });
  });

  it('does not take a chain that repeats or goes back in numbering', () => {
    const entries = chain([sample(), sample()]);
    expect(walkChain([entries[0]!, entries[0]!]).broken).toEqual({ seq: 1, why: 'numbering' });
  });
});

describe('the start of a county chain after an upgrade from one global chain', () => {
  it.each([
    ['no legacy row at all', 0, null, { seq: 0, hash: GENESIS_HASH }],
    [
      'a county with no legacy row of its own',
      0,
      { seq: 34, hash: 'a'.repeat(64) },
      { seq: 0, hash: 'a'.repeat(64) },
    ],
    [
      'the county of every legacy row',
      34,
      { seq: 34, hash: 'a'.repeat(64) },
      { seq: 34, hash: 'a'.repeat(64) },
    ],
    [
      'a county with some legacy rows',
      5,
      { seq: 34, hash: 'b'.repeat(64) },
      { seq: 5, hash: 'b'.repeat(64) },
    ],
  ])('%s', (_, rows, legacyHead, start) => {
    expect(chainStart(rows, legacyHead)).toEqual(start);
  });
});

function sample(): Omit<AuditContent, 'seq'> {
  return {
    at: '2026-03-01T08:00:00.000Z',
    countyId: null,
    townshipId: null,
    actorId: null,
    actorName: '系统',
    action: 'demo.load',
    entity: 'county',
    entityId: null,
    before: null,
    after: { villages: 12 },
    reason: null,
  };
}
