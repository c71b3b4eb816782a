// What the focused control says: its name, what it is, its value, its state and where it stands
// among its neighbours ("Pick up an order, button, 2 of 6"), then its hint and error; all in the
// displayed language except a name written in another (a language's own name on the language screen).
import { computeAccessibleName, getRole } from 'dom-accessibility-api';
import type { SpokenText } from '../../kit/speech/speech-engine.ts';
import { isPrivate, isTextField, joinParts, languageOf, plainText, textParts, type SpeechWords } from './speech-text.ts';

/** Roles the customer is told, by their translation key under speech.roles. */
const spokenRoles = new Set([
  'button',
  'link',
  'textbox',
  'searchbox',
  'checkbox',
  'radio',
  'switch',
  'tab',
  'option',
  'combobox',
  'slider',
  'spinbutton',
  'menuitem',
  'heading',
  'dialog',
  'alertdialog',
]);

type Field = HTMLInputElement | HTMLTextAreaElement;

function textsOfIds(element: Element, attribute: string, words: SpeechWords): string {
  const ids = element.getAttribute(attribute)?.split(/\s+/).filter(Boolean) ?? [];
  return ids
    .map((id) => element.ownerDocument.getElementById(id))
    .filter((found): found is HTMLElement => found !== null)
    .map((found) => plainText(found, words))
    .join(' ');
}

/**
 * A field's name from its label, never from its value: the accessible-name algorithm reads the
 * value of a field inside its own label, and a PIN field sits in one.
 */
function fieldName(field: Field, words: SpeechWords): string {
  const byIds = textsOfIds(field, 'aria-labelledby', words);
  if (byIds) return byIds;
  const label = field.getAttribute('aria-label');
  if (label) return label;
  const fromLabels = [...(field.labels ?? [])].map((element) => plainText(element, words)).join(' ');
  return fromLabels || field.placeholder || field.title;
}

function fieldValue(field: Field, words: SpeechWords): string {
  if (isPrivate(field)) return field.value ? words.t('speech.hidden') : words.t('speech.blank');
  return field.value.trim() ? field.value : words.t('speech.blank');
}

function statesOf(element: Element, role: string, words: SpeechWords): string[] {
  const { t } = words;
  const aria = (name: string) => element.getAttribute(`aria-${name}`);
  const states: string[] = [];
  const checked = aria('checked') ?? (element instanceof HTMLInputElement && (role === 'checkbox' || role === 'radio' || role === 'switch') ? String(element.checked) : null);
  if (checked === 'true') states.push(t('speech.states.checked'));
  else if (checked === 'false') states.push(t('speech.states.notChecked'));
  if (aria('pressed') === 'true') states.push(t('speech.states.pressed'));
  else if (aria('pressed') === 'false') states.push(t('speech.states.notPressed'));
  if (aria('selected') === 'true') states.push(t('speech.states.selected'));
  const current = aria('current');
  if (current && current !== 'false') states.push(t('speech.states.current'));
  if (aria('expanded') === 'true') states.push(t('speech.states.expanded'));
  else if (aria('expanded') === 'false') states.push(t('speech.states.collapsed'));
  if (aria('disabled') === 'true' || (element as HTMLButtonElement).disabled === true) states.push(t('speech.states.unavailable'));
  if (aria('invalid') === 'true') states.push(t('speech.states.invalid'));
  if (aria('required') === 'true' || (element as HTMLInputElement).required === true) states.push(t('speech.states.required'));
  return states;
}

/** "2 of 6": an item of a list (the services, a step's options, the languages), or what ARIA says. */
function positionOf(element: Element): { position: number; total: number } | null {
  const posinset = Number(element.getAttribute('aria-posinset'));
  const setsize = Number(element.getAttribute('aria-setsize'));
  if (posinset > 0 && setsize >= posinset) return { position: posinset, total: setsize };
  const item = element.closest('li');
  const list = item?.parentElement;
  if (!item || !list || (list.tagName !== 'UL' && list.tagName !== 'OL')) return null;
  const items = [...list.children].filter((child) => child.tagName === 'LI');
  return items.length > 1 ? { position: items.indexOf(item) + 1, total: items.length } : null;
}

/** A key of the keyboard beside a PIN field: saying its name would tell which digit is about to be typed. */
function isPinKey(element: Element): boolean {
  return element.closest('[role="group"]') !== null && element.closest('form')?.querySelector('input[type="password"]') != null;
}

export function describeControl(element: Element, words: SpeechWords): SpokenText[] {
  const field = isTextField(element) ? element : null;
  // A password field has no ARIA role; to the customer it is a text field like any other.
  const role = getRole(element) ?? (field ? 'textbox' : '');
  const name = field ? fieldName(field, words) : isPrivate(element) || isPinKey(element) ? words.t('speech.hidden') : computeAccessibleName(element);
  const details: string[] = [];
  if (spokenRoles.has(role)) details.push(words.t(`speech.roles.${role}`));
  if (field) details.push(fieldValue(field, words));
  details.push(...statesOf(element, role, words));
  const position = positionOf(element);
  if (position) details.push(words.t('speech.position', position));
  const description = textsOfIds(element, 'aria-describedby', words);
  if (description) details.push(description);
  return joinParts(
    [
      { text: name, language: field ? words.language : languageOf(element, words) },
      { text: details.join(', '), language: words.language },
    ],
    ', ',
  );
}

/** A heading, a title: its words, each in its language. */
export function describeText(element: Element | null, words: SpeechWords): SpokenText[] {
  return element ? textParts(element, words) : [];
}
