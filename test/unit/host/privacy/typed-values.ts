// Values a customer might type that a flow step accepts by its own rules (pattern, lengths, check
// digit) yet that no other data holds: finding one anywhere later proves it leaked from that step.
import { normalizeText, numberProblem, textProblem } from '../../../../shared/flows/flow-engine.ts';
import type { StepOf } from '../../../../shared/flows/flow-schema.ts';

export type TextStep = StepOf<'enterText'> | StepOf<'scan'>;

export interface TypedText {
  /** As the customer keyed it, spaces and all. */
  typed: string;
  /** As the kiosk sends it: tidied by the step's rules. */
  sent: string;
  /** Pieces distinctive on their own (a text's marker words), looked for too: a cut text still leaks them. */
  parts: string[];
}

/** Mulberry32: the same serial types the same value on every run of the test. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;
  };
}

const digits = '0123456789';
// No vowels: no real word, name or code in the config is spelled from these alone.
const codeLetters = 'BCDFGHJKLMNPQRSTVWXZ';
const syllables = ['zor', 'vex', 'qui', 'lam', 'drub', 'ken', 'pix', 'tho', 'gav', 'wun'];

function pick(random: () => number, from: string): string {
  return from[Math.floor(random() * from.length)] ?? from[0] ?? '';
}

/** A made-up word with its serial in it, "Zorpixgav0017": padded, so no marker holds another. */
function markerWord(random: () => number, serial: number): string {
  const word = Array.from({ length: 3 }, () => syllables[Math.floor(random() * syllables.length)]).join('');
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}${String(serial).padStart(4, '0')}`;
}

/** A length the step allows, near `wanted`. */
function lengthFor(step: TextStep, wanted: number): number {
  return Math.min(step.rules.maxLength, Math.max(step.rules.minLength, wanted));
}

/** Plausible typing for the step's keyboard; the caller checks it against the rules. */
function candidates(step: TextStep, random: () => number, serial: number): TypedText[] {
  const { normalize } = step.rules;
  const keyboard = step.keyboard;
  if (normalize === 'digits' || keyboard === 'digits' || keyboard === 'phone') {
    const length = lengthFor(step, 9);
    const body = Array.from({ length: length - 1 }, () => pick(random, digits)).join('');
    // Every last digit is tried: one of them satisfies a check-digit rule.
    return [...digits, 'X'].map((last) => {
      const sent = `${body}${last}`;
      const typed = keyboard === 'phone' && normalize !== 'digits' ? `+34 ${sent}` : sent.replace(/(\d{3})(?=\d)/g, '$1 ');
      return { typed, sent: normalizeText(step.rules, typed), parts: [] };
    });
  }
  if (normalize === 'upperAlphanumeric') {
    const length = lengthFor(step, 8);
    const sent = Array.from({ length }, (_, index) => pick(random, index % 2 === 0 ? codeLetters : digits)).join('');
    return [{ typed: `${sent.slice(0, 3).toLowerCase()}-${sent.slice(3)}`, sent, parts: [] }];
  }
  if (keyboard === 'email') {
    const local = `${markerWord(random, serial).toLowerCase()}.probe`;
    const typed = `${local}@example.invalid`;
    return [{ typed, sent: normalizeText(step.rules, typed), parts: [local] }];
  }
  const first = markerWord(random, serial);
  const last = markerWord(random, serial + 5000);
  // Accents, a dash and Arabic: a text leaks whole, whatever the encoding that holds it.
  const full = `${first} señaló que el dependiente tardó muchísimo — طابور طويل جدا ${last}`;
  const short = `${first} ${last}`;
  return [full, short, first].map((typed) => ({ typed, sent: normalizeText(step.rules, typed), parts: typed === first ? [] : [first, last] }));
}

/**
 * A value `step` accepts that `isTaken` does not know (another value typed, a code in the data
 * files); serial makes it distinct. Throws when no value fits: the walker must learn the step's rules.
 */
export function distinctiveText(step: TextStep, serial: number, isTaken: (value: string) => boolean): TypedText {
  const random = seeded(serial * 7919 + 17);
  for (let attempt = 0; attempt < 2000; attempt += 1) {
    for (const candidate of candidates(step, random, serial)) {
      if (textProblem(step.rules, candidate.sent) === null && !isTaken(candidate.sent)) return candidate;
    }
  }
  throw new Error(`no distinctive value fits the rules of step "${step.id}" (${JSON.stringify(step.rules)}): teach the privacy walker`);
}

/** An amount the step accepts: a number is no secret, but the step must still be answered. */
export function validNumber(step: StepOf<'enterNumber'>): string {
  const tries = [...step.presets, step.min, step.max].map(String);
  const found = tries.find((value) => numberProblem(step, value) === null);
  if (found === undefined) throw new Error(`no valid number for step "${step.id}"`);
  return found;
}
