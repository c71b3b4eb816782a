import { describe, expect, it } from 'vitest';
import { passesCheckDigit, type CheckDigitRule } from '../../../shared/flows/check-digits.ts';

/** Every value that differs from `valid` in exactly one digit: the commonest typing slip. */
function singleDigitTypos(valid: string): string[] {
  const typos: string[] = [];
  [...valid].forEach((character, index) => {
    if (!/\d/.test(character)) return;
    for (let digit = 0; digit <= 9; digit += 1) {
      if (String(digit) !== character) typos.push(valid.slice(0, index) + digit + valid.slice(index + 1));
    }
  });
  return typos;
}

/** Every value with two different neighbouring characters of `valid` swapped. */
function adjacentSwaps(valid: string): string[] {
  const swaps: string[] = [];
  for (let index = 0; index + 1 < valid.length; index += 1) {
    if (valid[index] === valid[index + 1]) continue;
    swaps.push(valid.slice(0, index) + valid[index + 1] + valid[index] + valid.slice(index + 2));
  }
  return swaps;
}

const known: Record<CheckDigitRule, string[]> = {
  // Wikipedia's worked example, the Visa test card, a generated Visa number.
  luhn: ['79927398713', '4111111111111111', '4539578763621486'],
  // Wikipedia's EAN-13 example, the ISBN-13 of the same book as 0306406152, a demo bill.
  ean13: ['4006381333931', '9780306406157', '8420001001233'],
  // ISBN-10s, two of them ending in X (ten).
  mod11: ['0306406152', '0198526636', '080442957X', '043942089X'],
};

describe.each(Object.entries(known) as [CheckDigitRule, string[]][])('the %s check digit', (rule, valids) => {
  it.each(valids)('accepts the real number %s', (valid) => {
    expect(passesCheckDigit(rule, valid)).toBe(true);
  });

  it.each(valids)('refuses every single-digit typo of %s', (valid) => {
    const accepted = singleDigitTypos(valid).filter((typo) => passesCheckDigit(rule, typo));
    expect(accepted).toEqual([]);
  });

  it('refuses letters and an empty value', () => {
    expect(passesCheckDigit(rule, '')).toBe(false);
    expect(passesCheckDigit(rule, `${valids[0]!.slice(0, -2)}A${valids[0]!.slice(-1)}`)).toBe(false);
  });
});

describe('the mod11 check digit', () => {
  it('reads a small x as ten too', () => {
    expect(passesCheckDigit('mod11', '080442957x')).toBe(true);
  });

  it('refuses X where the check digit is a figure, and X anywhere but last', () => {
    expect(passesCheckDigit('mod11', '030640615X')).toBe(false);
    expect(passesCheckDigit('mod11', '0804429X57')).toBe(false);
  });

  it('catches every swap of two neighbouring digits', () => {
    const accepted = ['0306406152', '080442957X'].flatMap(adjacentSwaps).filter((swap) => passesCheckDigit('mod11', swap));
    expect(accepted).toEqual([]);
  });
});

describe('the ean13 check digit', () => {
  it('refuses a number that is not 13 digits long, even if its sum works out', () => {
    expect(passesCheckDigit('ean13', '0'.repeat(12))).toBe(false);
    expect(passesCheckDigit('ean13', `0${'4006381333931'}`)).toBe(false);
  });
});

describe('the luhn check digit', () => {
  it('refuses a single digit, which has nothing to check against', () => {
    expect(passesCheckDigit('luhn', '0')).toBe(false);
  });
});
