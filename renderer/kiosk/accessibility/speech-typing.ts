// What is said as a field's value changes under the customer's fingers: the characters typed, the
// ones deleted, or "hidden" for a PIN or a personal entry, whose characters are never said.
import { isPrivate, type SpeechWords } from './speech-text.ts';

/** Characters a voice would skip or misread, said by name. */
const namedCharacters: Record<string, string> = {
  ' ': 'space',
  '.': 'dot',
  '@': 'at',
  '-': 'dash',
  _: 'underscore',
  '+': 'plus',
  ',': 'comma',
};

function characterNames(characters: string, { t }: SpeechWords): string {
  return [...characters].map((character) => (namedCharacters[character] ? t(`speech.characters.${namedCharacters[character]}`) : character)).join(' ');
}

/** What to say now that the field holds `field.value` and held `before`; empty for nothing. */
export function typedEcho(field: { value: string } & Element, before: string, words: SpeechWords): string {
  const after = field.value;
  const hidden = isPrivate(field);
  if (after === before) return '';
  if (after === '') return words.t('speech.cleared');
  if (after.startsWith(before)) return hidden ? words.t('speech.hidden') : characterNames(after.slice(before.length), words);
  if (before.startsWith(after)) {
    const gone = before.slice(after.length);
    return hidden ? words.t('speech.deleted') : `${words.t('speech.deleted')} ${characterNames(gone, words)}`;
  }
  return hidden ? words.t('speech.hidden') : after;
}
