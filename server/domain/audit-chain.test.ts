import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AuditContent,
  auditHash,
  type ChainedEntry,
  canonicalJson,
  firstBrokenEntry,
  GENESIS_HASH,
} from './audit-chain.ts';

/** Builds a valid chain from contents, numbering seq from 1. */
function chain(contents: Omit<AuditContent, 'seq'>[], start = GENESIS_HASH): ChainedEntry[] {
  let prev = start;
  return contents.map((c, i) => {
    const content = { ...c, seq: i + 1 };
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
        expect(firstBrokenEntry(chain(contents))).toBeNull();
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
          const broken = firstBrokenEntry(entries);
          expect(broken).not.toBeNull();
          expect(broken!.seq).toEqual(mutated.seq);
          expect(firstBrokenEntry(entries.slice(0, index))).toBeNull();
        },
      ),
      { numRuns: 500 },
    );
  });

  it('detects a removed entry at the entry after it', () => {
    fc.assert(
      fc.property(fc.array(content, { minLength: 2, maxLength: 10 }), fc.nat(), (contents, pick) => {
        const entries = chain(contents);
        const index = pick % (entries.length - 1);
        const removed = entries.splice(index, 1);
        expect(removed).toHaveLength(1);
        expect(firstBrokenEntry(entries)?.seq).toBe(index + 2);
      }),
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
        expect(firstBrokenEntry(entries)?.seq).toBe(b.seq);
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

  it('continues a chain from a given start hash', () => {
    const [first] = chain([{ ...sample(), action: 'a' }], 'f'.repeat(64));
    expect(firstBrokenEntry([first!], 'f'.repeat(64))).toBeNull();
    expect(firstBrokenEntry([first!])).toEqual({
      seq: 1,
      why: 'prev_hash does not match the previous entry',
    });
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
