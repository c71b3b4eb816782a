import { describe, expect, it } from 'vitest';
import { normalizeText, numberProblem, textProblem } from '../../../shared/flows/flow-engine.ts';
import { flowStepSchema, textRulesSchema, type StepOf } from '../../../shared/flows/flow-schema.ts';
import { enterNumberStep } from '../../fixtures/flows.ts';

const rules = (input: Parameters<typeof textRulesSchema.parse>[0]) => textRulesSchema.parse(input);

function amountStep(overrides: Parameters<typeof enterNumberStep>[0] = {}): StepOf<'enterNumber'> {
  return flowStepSchema.parse(enterNumberStep(overrides)) as StepOf<'enterNumber'>;
}

describe('tidying what a customer typed or scanned', () => {
  it('keeps only letters and digits, in capitals, for codes', () => {
    expect(normalizeText({ normalize: 'upperAlphanumeric' }, ' k7m2-qx ')).toBe('K7M2QX');
  });

  it('keeps only the digits of a number written with spaces and dashes', () => {
    expect(normalizeText({ normalize: 'digits' }, '842 0001-001 233')).toBe('8420001001233');
  });

  it('trims a text and closes up runs of spaces, keeping its case', () => {
    expect(normalizeText({ normalize: 'trim' }, '  La  cola\n era larga ')).toBe('La cola era larga');
  });
});

describe('checking a text against its rules', () => {
  const code = rules({ normalize: 'upperAlphanumeric', pattern: '^[A-Z]{2}\\d{4}$', minLength: 6, maxLength: 6 });

  it('accepts a value that satisfies every rule', () => {
    expect(textProblem(code, 'AB1234')).toBeNull();
  });

  it('refuses an empty value unless the step is optional', () => {
    expect(textProblem(code, '')).toBe('empty');
    expect(textProblem(code, '', true)).toBeNull();
  });

  it('checks an optional value once something is typed', () => {
    expect(textProblem(code, 'AB12', true)).toBe('tooShort');
  });

  it('names a value too short or too long', () => {
    expect(textProblem(code, 'AB123')).toBe('tooShort');
    expect(textProblem(code, 'AB12345')).toBe('tooLong');
  });

  it('refuses a value of the right length that does not match the pattern', () => {
    expect(textProblem(code, 'ABC123')).toBe('pattern');
  });

  it('refuses a value whose check digit is wrong', () => {
    const bill = rules({ normalize: 'digits', minLength: 13, maxLength: 13, checkDigit: 'ean13' });
    expect(textProblem(bill, '8420001001233')).toBeNull();
    expect(textProblem(bill, '8420001001234')).toBe('checkDigit');
  });

  it('asks for one character and allows 64 when a step sets no lengths', () => {
    const plain = rules({});
    expect(plain).toMatchObject({ normalize: 'trim', minLength: 1, maxLength: 64 });
    expect(textProblem(plain, 'x'.repeat(64))).toBeNull();
    expect(textProblem(plain, 'x'.repeat(65))).toBe('tooLong');
  });
});

describe('checking an amount, which travels as text', () => {
  const euros = amountStep({ min: 5, max: 100, decimals: 2 });

  it('accepts whole amounts and amounts with cents inside the range, ends included', () => {
    for (const amount of ['5', '20', '12.50', '99.99', '100', '100.00']) expect(numberProblem(euros, amount), amount).toBeNull();
  });

  it('says so when nothing was entered', () => {
    expect(numberProblem(euros, '')).toBe('empty');
    expect(numberProblem(euros, '  ')).toBe('empty');
  });

  it('refuses anything that is not plain digits with a decimal point', () => {
    for (const amount of ['ten', '12,50', '-5', '1e2', '.5', '12.', ' 12', '0x10']) {
      expect(numberProblem(euros, amount), amount).toBe('notANumber');
    }
  });

  it('refuses amounts below the minimum or above the maximum', () => {
    expect(numberProblem(euros, '4.99')).toBe('belowMin');
    expect(numberProblem(euros, '100.01')).toBe('aboveMax');
  });

  it('refuses more decimals than the step allows', () => {
    expect(numberProblem(euros, '12.505')).toBe('tooPrecise');
    expect(numberProblem(amountStep({ decimals: 0 }), '10.5')).toBe('tooPrecise');
  });
});
