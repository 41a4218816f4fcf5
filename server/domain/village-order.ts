/**
 * The one order villages are listed in, on every page and document: by 统计用区划代码 (the code the
 * statistics office gives each village, so every list of a township reads the same way); villages
 * without a code follow, by name as people sort Chinese names (pinyin).
 */
export type VillageKey = { code: string | null; name: string };

/** A 统计用区划代码 of a village (村级): 12 digits. */
export const VILLAGE_CODE = /^\d{12}$/;

export function compareVillages(a: VillageKey, b: VillageKey): number {
  if (a.code !== null && b.code !== null && a.code !== b.code) return a.code < b.code ? -1 : 1;
  if (a.code === null && b.code !== null) return 1;
  if (a.code !== null && b.code === null) return -1;
  return a.name.localeCompare(b.name, 'zh-Hans-CN');
}

/** Rows sorted by their village, then by `then` within one village. */
export function sortByVillage<T>(
  rows: T[],
  village: (row: T) => VillageKey,
  then?: (a: T, b: T) => number,
): T[] {
  return [...rows].sort((a, b) => compareVillages(village(a), village(b)) || (then ? then(a, b) : 0));
}
