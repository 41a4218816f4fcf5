/**
 * Freshly issued ballot codes, held in memory only between the poll page and its print page: never in
 * the URL, history state or storage, so a reload or a later visitor cannot see them again.
 */
let pending: { pollId: string; codes: string[] } | null = null;

export function holdCodes(pollId: string, codes: string[]): void {
  pending = { pollId, codes };
}

/** The codes for this poll, if they were just issued in this tab. */
export function heldCodes(pollId: string): string[] | null {
  return pending?.pollId === pollId ? pending.codes : null;
}

export function dropCodes(): void {
  pending = null;
}
