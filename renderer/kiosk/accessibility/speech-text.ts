// What a part of the screen says aloud: its visible text in the languages it is written in (the
// language screen names each language in its own), with anything private replaced by "hidden".
// The DOM is read as it is drawn: what is hidden from the eye and from screen readers is not said.
import type { SpokenText } from '../../kit/speech/speech-engine.ts';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** How the screen's words are put into speech: the translator and the displayed language. */
export interface SpeechWords {
  t: Translate;
  language: string;
}

/** A PIN, a password, a personal entry: never said, whatever it is. */
export function isPrivate(element: Element): boolean {
  return element.closest('[data-private]') !== null || (element instanceof HTMLInputElement && element.type === 'password');
}

/** A field that is typed into: its value is said, and what is typed in it. */
export function isTextField(element: Element | null): element is HTMLInputElement | HTMLTextAreaElement {
  const notTyped = ['button', 'submit', 'reset', 'checkbox', 'radio', 'image', 'file', 'range', 'color'];
  return element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && !notTyped.includes(element.type));
}

/** The language an element's text is written in: its own lang, or the nearest one around it. */
export function languageOf(element: Element, words: SpeechWords): string {
  return element.closest('[lang]')?.getAttribute('lang') || words.language;
}

const blocks = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BR', 'FIGURE', 'FIGCAPTION', 'SECTION', 'HEADER', 'FOOTER', 'MAIN', 'TABLE', 'TR', 'TD', 'TH']);
/** Controls inside a text are not its words: they are reached and said one by one. */
const skipped = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'SCRIPT', 'STYLE', 'TEMPLATE', 'SVG', 'svg', 'IMG', 'CANVAS']);

export function isShown(element: Element): boolean {
  if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return false;
  const style = getComputedStyle(element);
  return style.display !== 'none' && style.visibility !== 'hidden';
}

/** Joins neighbouring parts in one language into one sentence, so a voice is not changed for nothing. */
export function joinParts(parts: SpokenText[], separator = ' '): SpokenText[] {
  const joined: SpokenText[] = [];
  for (const part of parts) {
    const text = part.text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const last = joined.at(-1);
    if (last && last.language === part.language) last.text = `${last.text}${separator}${text}`;
    else joined.push({ text, language: part.language });
  }
  return joined;
}

/** Controls: reached and said one by one, as focus comes to them, not as part of a screen's text. */
const controls = 'button, a[href], input, select, textarea, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"])';

/**
 * The words of `element` as a person sees them, each in its language; `withoutControls` leaves out
 * the controls inside it (a screen's body is read as it appears, its buttons as they are reached).
 */
export function textParts(element: Element, words: SpeechWords, { withoutControls = false } = {}): SpokenText[] {
  const parts: SpokenText[] = [];
  function add(text: string, language: string): void {
    const last = parts.at(-1);
    if (last && last.language === language) last.text += text;
    else parts.push({ text, language });
  }
  function walk(node: Element): void {
    const language = languageOf(node, words);
    if (isPrivate(node)) return add(` ${words.t('speech.hidden')} `, words.language);
    const spoken = node.getAttribute('data-speech-text');
    if (spoken !== null) return add(` ${spoken} `, language);
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) add(child.textContent ?? '', language);
      else if (child instanceof Element && !skipped.has(child.tagName) && !(withoutControls && child.matches(controls)) && isShown(child)) {
        const block = blocks.has(child.tagName);
        if (block) add(' ', language);
        walk(child);
        if (block) add(' ', language);
      }
    }
  }
  if (isShown(element)) walk(element);
  return joinParts(parts);
}

/** All of a text in the displayed language's voice (e.g. a live region, whose words are one message). */
export function plainText(element: Element, words: SpeechWords): string {
  return textParts(element, words)
    .map((part) => part.text)
    .join(' ');
}
