/**
 * 绩效工资 (DESIGN §2.5): the base amount the office enters, times the coefficient of the cadre's
 * grade (config `payCoefficients`). Money is kept in whole fen (分) so totals add up exactly.
 */
export type PayLine = { baseFen: number; grade: string | null };
export type PayAmount = { coefficient: number | null; amountFen: number | null };

export function payFor(line: PayLine, coefficients: Readonly<Record<string, number>>): PayAmount {
  if (line.grade === null || !Object.hasOwn(coefficients, line.grade)) {
    return { coefficient: null, amountFen: null };
  }
  const coefficient = coefficients[line.grade]!;
  return { coefficient, amountFen: timesCoefficient(line.baseFen, coefficient) };
}

/**
 * base × coefficient in whole fen, rounded half up, in integers: the coefficient is taken to four
 * decimals (ten-thousandths), so 0.1 + 0.2-style float errors never move a fen.
 */
export function timesCoefficient(baseFen: number, coefficient: number): number {
  const tenThousandths = Math.round(coefficient * 10_000);
  return Math.floor((baseFen * tenThousandths + 5_000) / 10_000);
}

/** Yuan as the office types it ("1234.5") → fen; null when it is not a non-negative amount with ≤ 2 decimals. */
export function yuanToFen(text: string): number | null {
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(text.trim())) return null;
  const [whole, fraction = ''] = text.trim().split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Fen → yuan with two decimals, in integers (no float rounding): 123450 → "1234.50". */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function payTotals(amounts: readonly PayAmount[], bases: readonly number[]) {
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    baseFen: sum(bases),
    amountFen: sum(amounts.map((a) => a.amountFen ?? 0)),
    unpriced: amounts.filter((a) => a.amountFen === null).length,
  };
}
