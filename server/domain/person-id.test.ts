import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCharOf,
  idCardProblem,
  maskIdCard,
  namesakeProblem,
  normalizeIdCard,
  parseIdCard,
} from './person-id.ts';

/** The worked example of GB 11643-1999 (Appendix A) and a number whose check character is X. */
const STANDARD = '11010519491231002X';
const VALID = '419001196803150191';

describe('parseIdCard', () => {
  it.each([
    [STANDARD, STANDARD],
    ['11010519491231002x', STANDARD],
    [' 4190 0119 6803 1501 91 ', VALID],
    ['４１９００１１９６８０３１５０１９１', VALID],
    ['41900119740203053X', '41900119740203053X'],
  ])('accepts %s as %s', (text, id) => {
    expect(parseIdCard(text)).toEqual({ ok: true, id });
  });

  it.each([
    ['41900119680315019', /应为 18 位，实为 17 位/],
    ['4190011968031501911', /应为 18 位，实为 19 位/],
    ['41900119680315X191', /前 17 位应为数字/],
    ['41900119680315019Y', /最后一位为数字或 X/],
    ['99900119680315019X', /省份代码/],
    ['419001196802300199', /出生日期 19680230/],
    ['419001180003150199', /出生日期 18000315/],
    ['419001196803150192', /校验位不符/],
  ])('refuses %s naming what is wrong', (text, message) => {
    const parsed = parseIdCard(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/^身份证号/);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

/** Seventeen digits with a real province and birth date, the check character still to come. */
const first17 = fc
  .record({
    province: fc.constantFrom('11', '41', '44', '65', '82'),
    area: fc.integer({ min: 0, max: 9999 }),
    birth: fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2025-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(
    ({ province, area, birth, sequence }) =>
      `${province}${String(area).padStart(4, '0')}${birth.toISOString().slice(0, 10).replaceAll('-', '')}${String(sequence).padStart(3, '0')}`,
  );

describe('the check character (ISO 7064 MOD 11-2)', () => {
  it('makes every well-formed number valid', () => {
    fc.assert(fc.property(first17, (digits) => idCardProblem(digits + checkCharOf(digits)) === null));
  });

  it('catches every single changed digit', () => {
    fc.assert(
      fc.property(first17, fc.nat({ max: 16 }), fc.integer({ min: 1, max: 9 }), (digits, at, shift) => {
        const id = digits + checkCharOf(digits);
        const changed = `${id.slice(0, at)}${(Number(id[at]) + shift) % 10}${id.slice(at + 1)}`;
        return idCardProblem(changed) !== null;
      }),
    );
  });

  it('catches every swap of two different neighbouring digits', () => {
    fc.assert(
      fc.property(first17, fc.nat({ max: 15 }), (digits, at) => {
        fc.pre(digits[at] !== digits[at + 1]);
        const id = digits + checkCharOf(digits);
        const swapped = `${id.slice(0, at)}${id[at + 1]}${id[at]}${id.slice(at + 2)}`;
        return idCardProblem(swapped) !== null;
      }),
    );
  });
});

describe('normalizeIdCard and maskIdCard', () => {
  it('shows only the area code and the last four', () => {
    expect(maskIdCard(VALID)).toBe('419001********0191');
    expect(maskIdCard(STANDARD)).toBe('110105********002X');
  });

  it('normalizes idempotently', () => {
    fc.assert(
      fc.property(fc.string(), (text) => normalizeIdCard(normalizeIdCard(text)) === normalizeIdCard(text)),
    );
  });
});

describe('namesakeProblem', () => {
  const numbered = { idCardMasked: '419001********0191' };
  const unnumbered = { idCardMasked: null };
  it.each([
    ['no namesake, no number', false, [], null],
    ['namesakes all numbered, this one too', true, [numbered, numbered], null],
    ['a numbered namesake, this one without', false, [numbered], /请填写身份证号以便区分/],
    ['an unnumbered namesake', true, [unnumbered], /请先为已有人员登记身份证号/],
    ['an unnumbered namesake, neither numbered', false, [unnumbered], /未登记身份证号/],
  ])('%s', (_case, hasIdCard, namesakes, expected) => {
    const problem = namesakeProblem('王强', hasIdCard, namesakes);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});
