// The kiosk's own keyboards: big keys in layouts for codes, digits, phone numbers, free text in the
// customer's language, and email. Keys never take focus from the field, so the caret stays where the text grows.
import { useState, type PointerEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/i18n/languages.ts';
import { hasOtherScript, textLayout } from './text-layouts.ts';
import './keyboard.css';

export type KeyboardLayout = 'alphanumeric' | 'digits' | 'phone' | 'text' | 'email';

const keys = (...rows: string[]): string[][] => rows.map((row) => [...row]);

const fixedLayouts: Record<Exclude<KeyboardLayout, 'text'>, string[][]> = {
  alphanumeric: keys('1234567890', 'QWERTYUIOP', 'ASDFGHJKL', 'ZXCVBNM'),
  digits: keys('123', '456', '789', '0'),
  phone: keys('123', '456', '789', '+0'),
  email: keys('1234567890', 'qwertyuiop', 'asdfghjkl@', 'zxcvbnm.-_'),
};

interface OnScreenKeyboardProps {
  layout: KeyboardLayout;
  disabled: boolean;
  onCharacter: (character: string) => void;
  onDelete: () => void;
  onClear: () => void;
}

function keepFocus(event: PointerEvent<HTMLButtonElement>): void {
  event.preventDefault();
}

export function OnScreenKeyboard({ layout, disabled, onCharacter, onDelete, onClear }: OnScreenKeyboardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [latin, setLatin] = useState(false);
  const text = layout === 'text' ? textLayout(language, latin) : null;
  const rows = text ? text.rows : fixedLayouts[layout as Exclude<KeyboardLayout, 'text'>];
  const writes = layout === 'text' || layout === 'email';
  const key = (label: ReactNode, onPress: () => void, name?: string, extra = '', accessibleName?: string) => (
    <button
      key={name ?? String(label)}
      type="button"
      className={`key ${extra}`.trim()}
      aria-label={accessibleName}
      aria-disabled={disabled || undefined}
      onPointerDown={keepFocus}
      onClick={() => {
        if (!disabled) onPress();
      }}
    >
      {label}
    </button>
  );
  // The switch shows the letters it brings, in those letters ("ABC", or "أبج" to go back), and
  // its name says the same in the customer's language.
  const switchLabel = latin ? 'أبج' : 'ABC';
  const controls = (
    <>
      {layout === 'text' && hasOtherScript(language)
        ? key(switchLabel, () => setLatin(!latin), 'script', 'key--wide key--script', `${switchLabel}: ${t(latin ? 'keyboard.ownLetters' : 'keyboard.latinLetters')}`)
        : null}
      {writes ? key(t('keyboard.space'), () => onCharacter(' '), 'space', 'key--wide key--space') : null}
      {key(
        <>
          <span aria-hidden="true">⌫ </span>
          {t('keyboard.delete')}
        </>,
        onDelete,
        'delete',
        'key--wide',
      )}
      {key(t('keyboard.clear'), onClear, 'clear', 'key--wide')}
    </>
  );
  return (
    <div
      className={`keyboard keyboard--${layout}`}
      role="group"
      aria-label={t('keyboard.label')}
      dir="ltr"
      data-script={text?.script}
      data-tutorial="keyboard"
    >
      {rows.map((row, index) => (
        <div key={row.join('')} className={`keyboard__row keyboard__row--${index + 1}`}>
          {row.map((character) => key(character, () => onCharacter(character)))}
          {!writes && index === rows.length - 1 ? controls : null}
        </div>
      ))}
      {writes ? <div className="keyboard__row keyboard__row--controls">{controls}</div> : null}
    </div>
  );
}
