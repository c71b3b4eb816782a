// Which PINs a staff member may choose: the check `npm run staff` runs before it hashes one.

export type PinProblem = 'notDigits' | 'tooShort' | 'tooLong' | 'trivial';

export const pinLength = { min: 6, max: 12 } as const;

/**
 * PINs people pick most often and that no rule below catches: keypad shapes (147258, 159753),
 * doubled digits (112233), mirrors (123321), dates and words people favour (520520 is "I love you").
 */
const commonPins = new Set([
  '112233', '123321', '147258', '147369', '147852', '159357', '159753', '258369', '321654', '951357',
  '456123', '789456', '741852', '753951', '852456', '963852', '102030', '135790', '246810', '124578',
  '123654', '112358', '696969', '520520', '131313', '000007', '111222', '121314', '987456', '142536',
]);

/**
 * A PIN is 6 to 12 digits and not one a stranger would try first: not one digit repeated (000000),
 * not a run up or down the digits, wrapping past 9 (123456, 654321, 789012), not a short block of
 * up to four digits repeated (121212, 123123, 12341234), and not on the list of common PINs above.
 * Returns the first rule `pin` breaks, or null when it will do.
 */
export function pinProblem(pin: string): PinProblem | null {
  if (!/^\d*$/.test(pin)) return 'notDigits';
  if (pin.length < pinLength.min) return 'tooShort';
  if (pin.length > pinLength.max) return 'tooLong';
  if (isRun(pin) || isRepeatedBlock(pin) || commonPins.has(pin)) return 'trivial';
  return null;
}

/** Each digit one more (or each one less) than the one before, 9 wrapping to 0; one digit repeated is a run of step 0. */
function isRun(pin: string): boolean {
  const steps = new Set<number>();
  for (let index = 1; index < pin.length; index += 1) steps.add((Number(pin[index]) - Number(pin[index - 1]) + 10) % 10);
  return steps.size === 1 && [0, 1, 9].includes([...steps][0] ?? -1);
}

function isRepeatedBlock(pin: string): boolean {
  for (let block = 1; block <= 4 && block <= pin.length / 2; block += 1) {
    if (pin.length % block === 0 && pin === pin.slice(0, block).repeat(pin.length / block)) return true;
  }
  return false;
}
