/**
 * The 18-digit 居民身份证号码 (GB 11643-1999): the key a township office holds that tells one person
 * from another across villages, posts and years (DESIGN §2.5, last line). Six digits of area, eight of
 * birth date, three of sequence (odd for men), and a check character (ISO 7064 MOD 11-2; 10 is
 * written X). The database keeps only a keyed hash and the masked copy shown here.
 */

export const ID_CARD_LENGTH = 18;

/** Weight of each of the first 17 digits: 2^(17−i) mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** First two digits: a province-level area (including 81/82/83 of the residence permits). */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
  62, 63, 64, 65, 71, 81, 82, 83,
]);

/** The check character of the first 17 digits. */
export function checkCharOf(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** As typed: spaces dropped, full-width digits and Ｘ made plain, a trailing x made X. */
export function normalizeIdCard(text: string): string {
  return text
    .replace(/[\s\u3000]/g, '')
    .replace(/[０-９Ｘｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toUpperCase();
}

function isBirthDate(yyyymmdd: string): boolean {
  const [y, m, d] = [yyyymmdd.slice(0, 4), yyyymmdd.slice(4, 6), yyyymmdd.slice(6, 8)].map(Number);
  if (y! < 1900) return false;
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/** Why a normalized number is not a valid 居民身份证号码, in Chinese, or null when it is. */
export function idCardProblem(id: string): string | null {
  if (id.length !== ID_CARD_LENGTH) return `应为 18 位，实为 ${id.length} 位`;
  if (!/^\d{17}[\dX]$/.test(id)) return '前 17 位应为数字，最后一位为数字或 X';
  if (!PROVINCES.has(Number(id.slice(0, 2)))) return '前两位不是有效的省份代码';
  if (!isBirthDate(id.slice(6, 14))) return `第 7–14 位（出生日期 ${id.slice(6, 14)}）不是有效日期`;
  if (checkCharOf(id) !== id[17]) return '校验位不符，请逐位核对';
  return null;
}

export type ParsedIdCard = { ok: true; id: string } | { ok: false; message: string };

/** Reads a number as typed; the message names what is wrong with it. */
export function parseIdCard(text: string): ParsedIdCard {
  const id = normalizeIdCard(text);
  const problem = idCardProblem(id);
  return problem ? { ok: false, message: `身份证号${problem}` } : { ok: true, id };
}

/** The copy people see: area code and last four, e.g. 419001********1234. */
export const maskIdCard = (id: string) => `${id.slice(0, 6)}${'*'.repeat(8)}${id.slice(-4)}`;

/**
 * May a person of this name be (or stay) in a village where namesakes are registered? Only when
 * every one of them, this one included, has a number: otherwise nobody can tell them apart.
 */
export function namesakeProblem(
  name: string,
  hasIdCard: boolean,
  namesakes: { idCardMasked: string | null }[],
): string | null {
  if (namesakes.length === 0) return null;
  const unnumbered = namesakes.filter((n) => n.idCardMasked === null).length;
  if (unnumbered > 0) {
    return `本村已有名为“${name}”的人员（未登记身份证号）；如确是另一人，请先为已有人员登记身份证号`;
  }
  if (!hasIdCard) return `本村已有名为“${name}”的人员；如确是另一人，请填写身份证号以便区分`;
  return null;
}
