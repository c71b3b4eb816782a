// Turns English into pseudo-English (en-XA): every letter accented, about 40% longer, bracketed,
// so a screenshot shows at a glance text that is clipped, overflows or never went through i18next.

const accented: Record<string, string> = {
  a: 'å', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** Words, not one long run, pad the text: translations grow by words, and lines break between them. */
const padding = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Placeholders and nested references pass through untouched, or interpolation would break. */
const untouchable = /(\{\{[^}]*\}\}|\$t\([^)]*\))/;

export const pseudoExpansion = 0.4;

export function pseudoLocalize(text: string): string {
  const parts = text.split(untouchable);
  const body = parts.map((part, index) => (index % 2 === 1 ? part : accent(part))).join('');
  const visibleLength = parts.reduce((length, part, index) => length + (index % 2 === 1 ? 0 : part.length), 0);
  const target = Math.ceil(visibleLength * (1 + pseudoExpansion));
  const words: string[] = [];
  for (let grown = visibleLength; grown < target; ) {
    const word = padding[words.length % padding.length] ?? 'one';
    words.push(word);
    grown += word.length + 1;
  }
  return `⟦${[body, ...words].join(' ')}⟧`;
}

function accent(text: string): string {
  return [...text].map((character) => accented[character] ?? character).join('');
}

type Texts = { [key: string]: string | Texts };

/** A whole locale in pseudo-English: the same keys (plural suffixes included), every text changed. */
export function pseudoLocalizeTexts<T extends Texts>(texts: T): T {
  return Object.fromEntries(
    Object.entries(texts).map(([key, value]) => [key, typeof value === 'string' ? pseudoLocalize(value) : pseudoLocalizeTexts(value)]),
  ) as T;
}
