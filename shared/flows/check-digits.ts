// Check-digit rules that catch a mistyped digit before the host is asked (cards, barcodes, ids).
export type CheckDigitRule = 'luhn' | 'ean13' | 'mod11';

export function passesCheckDigit(rule: CheckDigitRule, value: string): boolean {
  if (!/^\d+$/.test(value)) return rule === 'mod11' && /^\d+[Xx]$/.test(value) ? mod11(value) : false;
  if (rule === 'luhn') return luhn(value);
  if (rule === 'ean13') return value.length === 13 && ean13(value);
  return mod11(value);
}

/** Luhn (ISO/IEC 7812): payment cards, many loyalty and reference numbers. */
function luhn(digits: string): boolean {
  if (digits.length < 2) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** EAN-13 (GS1): product and bill barcodes; weights 1,3,1,3… over the first twelve digits. */
function ean13(digits: string): boolean {
  const sum = [...digits.slice(0, 12)].reduce((total, digit, index) => total + Number(digit) * (index % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10 === Number(digits[12]);
}

/** Mod 11 with weights 2..n from the right (ISBN-10 style); 'X' stands for ten. */
function mod11(value: string): boolean {
  if (value.length < 2) return false;
  const body = value.slice(0, -1);
  const check = value.slice(-1).toUpperCase() === 'X' ? 10 : Number(value.slice(-1));
  const sum = [...body].reverse().reduce((total, digit, index) => total + Number(digit) * (index + 2), 0);
  return (sum + check) % 11 === 0;
}
