/**
 * Freshly issued ballot codes, held in memory only between the poll page and its print page: never in
 * the URL, history state or storage, so a reload or a later visitor cannot see them again.
 */
export type SlipAddress = { origin: string; warning: string | null };
type Held = { pollId: string; codes: string[]; batch: number; address: SlipAddress };
let pending: Held | null = null;

export function holdCodes(held: Held): void {
  pending = held;
}

/** The codes for this poll (with their sheet number and public address), if just issued in this tab. */
export function heldCodes(pollId: string): Omit<Held, 'pollId'> | null {
  return pending?.pollId === pollId ? pending : null;
}

export function dropCodes(): void {
  pending = null;
}
