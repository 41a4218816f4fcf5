/**
 * Audit chain heads as documents print them and as `audit:verify` takes them back (DESIGN §4):
 * text only, no hashing, so the web app can use it too.
 */

/** The last entry of a chain, or where the next one continues from: its seq and its hash. */
export type ChainHead = { seq: number; hash: string };

/** A chain head written down elsewhere (on a document): seq and the hash or its first hex digits. */
export type RecordedHead = { seq: number; hash: string };

/** How many hex digits of the hash a document prints: enough to tell any two heads apart. */
export const PRINTED_HASH_DIGITS = 16;
const MIN_HASH_DIGITS = 8;

/** '35:ab12cd34ef567890' → { seq: 35, hash: 'ab12cd34ef567890' }; null when it is not of that form. */
export function parseRecordedHead(value: string): RecordedHead | null {
  const match = /^(\d{1,15}):([0-9a-fA-F]+)$/.exec(value.trim());
  if (!match) return null;
  const seq = Number(match[1]);
  const hash = match[2]!.toLowerCase();
  if (seq < 1 || hash.length < MIN_HASH_DIGITS || hash.length > 64) return null;
  return { seq, hash };
}

export type HeadFinding =
  /** Entries `from`..`to` existed when the head was recorded and are gone now. */
  | { kind: 'removed'; from: number; to: number }
  /** The chain's entry at the recorded seq has another hash: the chain was rewritten from there. */
  | { kind: 'replaced'; seq: number };

/**
 * Compares a recorded head with the chain as it is: `head` is its last entry now, `hashAtSeq` the
 * hash of its entry at the recorded seq (null when there is none). Null: the recorded head is there.
 */
export function checkRecordedHead(
  recorded: RecordedHead,
  head: ChainHead,
  hashAtSeq: string | null,
): HeadFinding | null {
  if (head.seq < recorded.seq) return { kind: 'removed', from: head.seq + 1, to: recorded.seq };
  if (hashAtSeq === null || !hashAtSeq.startsWith(recorded.hash))
    return { kind: 'replaced', seq: recorded.seq };
  return null;
}

/** The head as a document prints it: "审计链（示范县）：第 35 条 · 哈希 ab12cd34ef567890…". */
export function chainHeadLine(head: ChainHead, countyName?: string | null): string {
  const chain = countyName ? `审计链（${countyName}）` : '审计链';
  if (head.seq === 0) return `${chain}：尚无记录`;
  return `${chain}：第 ${head.seq} 条 · 哈希 ${head.hash.slice(0, PRINTED_HASH_DIGITS)}…`;
}
