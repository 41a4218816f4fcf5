/**
 * Tokenizing Chinese pledge text for the overlap check (DESIGN §2.2): full-width → half-width,
 * Chinese numerals → digits (三 → 3, 二点五 / 两点五 → 2.5, 十二 → 12), units canonical (千米 → 公里),
 * punctuation and spaces dropped. Every token remembers its span in the original text, so shared
 * phrases can be highlighted where the cadre wrote them.
 */
export type TokenKind = 'han' | 'number' | 'unit' | 'latin';

export type Token = {
  /** Normalized text: one Han character, a number in digits ("2.5"), a canonical unit, a latin word. */
  text: string;
  kind: TokenKind;
  /** Span in the original string (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
};

type Char = { c: string; start: number; end: number };

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Canonical unit for each written form; longest forms are tried first. */
const UNIT_FORMS: Record<string, string> = {
  公里: '公里',
  千米: '公里',
  km: '公里',
  平方米: '平方米',
  平米: '平方米',
  m2: '平方米',
  立方米: '立方米',
  m3: '立方米',
  米: '米',
  m: '米',
  公顷: '公顷',
  亩: '亩',
  万元: '万元',
  元: '元',
  吨: '吨',
  '%': '%',
  户: '户',
  人: '人',
  名: '人',
  个: '个',
  处: '处',
  座: '座',
  所: '所',
  条: '条',
  盏: '盏',
  套: '套',
  台: '台',
  辆: '辆',
  眼: '眼',
  口: '口',
  间: '间',
  栋: '栋',
  场: '场',
  次: '次',
  期: '期',
  项: '项',
  家: '家',
  批: '批',
  棵: '株',
  株: '株',
  头: '头',
  只: '只',
  年: '年',
  月: '月',
  天: '天',
};
const UNIT_KEYS = Object.keys(UNIT_FORMS).sort((a, b) => b.length - a.length);

const isHan = (c: string) => /\p{Script=Han}/u.test(c);
const isAsciiDigit = (c: string) => c >= '0' && c <= '9';
const isLatin = (c: string) => /[a-z]/.test(c);
const isCnNumeral = (c: string) => c in DIGITS || c in SMALL_UNITS;

/**
 * Code points, each NFKC-normalized and lower-cased (one may become several chars, e.g. ㎡ → m2);
 * white space is dropped here so "2.5 公里" reads as 2.5公里.
 */
function charsOf(text: string): Char[] {
  const chars: Char[] = [];
  let offset = 0;
  for (const cp of text) {
    const start = offset;
    offset += cp.length;
    for (const c of cp.normalize('NFKC').toLowerCase()) {
      if (!/\s/u.test(c)) chars.push({ c, start, end: offset });
    }
  }
  return chars;
}

/** 三十 → 30, 十二 → 12, 一百零五 → 105, 二〇二六 → 2026; null when the run is no number. */
export function parseChineseInteger(run: string): number | null {
  if (run.length === 0) return null;
  const chars = [...run];
  if (!chars.some((c) => c in SMALL_UNITS)) {
    if (!chars.every((c) => c in DIGITS)) return null;
    return Number(chars.map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let digit: number | null = null;
  for (const c of chars) {
    const unit = SMALL_UNITS[c];
    if (unit === undefined) {
      if (digit !== null && digit !== 0) return null;
      digit = DIGITS[c]!;
      continue;
    }
    total += (digit ?? (total === 0 ? 1 : 0)) * unit;
    if ((digit ?? 1) === 0) return null;
    digit = null;
  }
  return total + (digit ?? 0);
}

/** The unit starting at position i, if any: [canonical, chars consumed]. */
function unitAt(chars: Char[], i: number): [string, number] | null {
  for (const form of UNIT_KEYS) {
    const n = [...form].length;
    const slice = chars
      .slice(i, i + n)
      .map((ch) => ch.c)
      .join('');
    if (slice !== form) continue;
    // A latin unit must end there: "m" in "mu" is not metres.
    const next = chars[i + n]?.c;
    if (/^[a-z]/.test(form) && next !== undefined && isLatin(next)) continue;
    return [UNIT_FORMS[form]!, n];
  }
  return null;
}

/** An Arabic number at i: "2.5", "50"; returns [text, chars consumed]. */
function arabicAt(chars: Char[], i: number): [string, number] {
  let j = i;
  while (j < chars.length && isAsciiDigit(chars[j]!.c)) j++;
  if (chars[j]?.c === '.' && isAsciiDigit(chars[j + 1]?.c ?? '')) {
    j++;
    while (j < chars.length && isAsciiDigit(chars[j]!.c)) j++;
  }
  const text = chars
    .slice(i, j)
    .map((ch) => ch.c)
    .join('');
  return [String(Number(text)), j - i];
}

/**
 * A Chinese numeral at i, or null. A lone 一 / 两 / 十 is only a number before a unit (一事一议,
 * 两委 and 十分 are words); 千 / 百 need a digit (千方百计). 点 joins a decimal part: 二点五 → 2.5.
 */
function chineseAt(chars: Char[], i: number): [string, number] | null {
  let j = i;
  while (j < chars.length && isCnNumeral(chars[j]!.c)) j++;
  const intRun = chars
    .slice(i, j)
    .map((ch) => ch.c)
    .join('');
  const value = parseChineseInteger(intRun);
  if (value === null) return null;
  let text = String(value);
  if (chars[j]?.c === '点' && (chars[j + 1]?.c ?? '') in DIGITS) {
    let k = j + 1;
    while (k < chars.length && chars[k]!.c in DIGITS) k++;
    const fraction = chars
      .slice(j + 1, k)
      .map((ch) => DIGITS[ch.c])
      .join('');
    text = String(Number(`${value}.${fraction}`));
    j = k;
  }
  const single = j - i === 1;
  const hasDigit = [...intRun].some((c) => c in DIGITS);
  if (!hasDigit && !/^十/.test(intRun)) return null;
  if (single && '一两十'.includes(intRun) && unitAt(chars, j) === null) return null;
  return [text, j - i];
}

function pushNumberAndUnit(tokens: Token[], chars: Char[], i: number, number: [string, number]): number {
  const [text, used] = number;
  tokens.push({ text, kind: 'number', start: chars[i]!.start, end: chars[i + used - 1]!.end });
  let j = i + used;
  const unit = unitAt(chars, j);
  if (unit) {
    const [canonical, n] = unit;
    tokens.push({ text: canonical, kind: 'unit', start: chars[j]!.start, end: chars[j + n - 1]!.end });
    j += n;
  }
  return j;
}

/** The tokens of a pledge text, in order; punctuation, symbols and spaces are dropped. */
export function tokenize(text: string): Token[] {
  const chars = charsOf(text);
  const tokens: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    if (isAsciiDigit(ch.c)) {
      i = pushNumberAndUnit(tokens, chars, i, arabicAt(chars, i));
      continue;
    }
    const cn = isCnNumeral(ch.c) ? chineseAt(chars, i) : null;
    if (cn) {
      i = pushNumberAndUnit(tokens, chars, i, cn);
      continue;
    }
    if (isLatin(ch.c)) {
      let j = i;
      while (j < chars.length && isLatin(chars[j]!.c)) j++;
      const word = chars
        .slice(i, j)
        .map((x) => x.c)
        .join('');
      tokens.push({ text: word, kind: 'latin', start: ch.start, end: chars[j - 1]!.end });
      i = j;
      continue;
    }
    if (isHan(ch.c)) tokens.push({ text: ch.c, kind: 'han', start: ch.start, end: ch.end });
    i++;
  }
  return tokens;
}

/** The normalized text, tokens joined: "新修村组水泥路2.5公里". */
export function normalizeText(text: string): string {
  return tokenize(text)
    .map((t) => t.text)
    .join('');
}
