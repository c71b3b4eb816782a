import { describe, expect, it } from 'vitest';
import { pinProblem } from '../../../electron/host/staff/pin-rules.ts';

describe('the PIN rules', () => {
  it.each([
    ['12a456', 'notDigits'],
    ['48 2916', 'notDigits'],
    ['４８２９１６', 'notDigits'],
    ['', 'tooShort'],
    ['48291', 'tooShort'],
    ['4829163750184', 'tooLong'],
    ['000000', 'trivial'],
    ['111111', 'trivial'],
    ['99999999', 'trivial'],
    ['123456', 'trivial'],
    ['012345', 'trivial'],
    ['654321', 'trivial'],
    ['789012', 'trivial'],
    ['1234567890', 'trivial'],
    ['121212', 'trivial'],
    ['123123', 'trivial'],
    ['696969', 'trivial'],
    ['520520', 'trivial'],
    ['12341234', 'trivial'],
    ['112233', 'trivial'],
    ['159753', 'trivial'],
    ['147258', 'trivial'],
    ['123321', 'trivial'],
  ] as const)('refuses %j as %s', (pin, problem) => {
    expect(pinProblem(pin)).toBe(problem);
  });

  it.each(['482916', '739184', '031975', '120934', '58209173', '907312645821'])('accepts %j', (pin) => {
    expect(pinProblem(pin)).toBeNull();
  });
});
