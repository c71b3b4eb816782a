// The kiosk's own keyboards: big keys in layouts for codes, digits, phone numbers, free text and
// email. Keys never take focus from the field, so the caret stays where the text grows.
import type { PointerEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../../styles/keyboard.css';

export type KeyboardLayout = 'alphanumeric' | 'digits' | 'phone' | 'text' | 'email';

const layouts: Record<KeyboardLayout, readonly string[]> = {
  alphanumeric: ['1234567890', 'QWERTYUIOP', 'ASDFGHJKL', 'ZXCVBNM'],
  digits: ['123', '456', '789', '0'],
  phone: ['123', '456', '789', '+0'],
  text: ['1234567890', 'qwertyuiop', 'asdfghjklñ', 'zxcvbnm,.'],
  email: ['1234567890', 'qwertyuiop', 'asdfghjkl@', 'zxcvbnm.-_'],
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
  const { t } = useTranslation();
  const rows = layouts[layout];
  const key = (label: ReactNode, onPress: () => void, name?: string, wide = false) => (
    <button
      key={name ?? String(label)}
      type="button"
      className={wide ? 'key key--wide' : 'key'}
      aria-disabled={disabled || undefined}
      onPointerDown={keepFocus}
      onClick={() => {
        if (!disabled) onPress();
      }}
    >
      {label}
    </button>
  );
  return (
    <div className={`keyboard keyboard--${layout}`} role="group" aria-label={t('keyboard.label')} dir="ltr" data-tutorial="keyboard">
      {rows.map((row, index) => (
        <div key={row} className={`keyboard__row keyboard__row--${index + 1}`}>
          {[...row].map((character) => key(character, () => onCharacter(character)))}
          {index === rows.length - 1 ? (
            <>
              {layout === 'text' || layout === 'email' ? key(t('keyboard.space'), () => onCharacter(' '), 'space', true) : null}
              {key(
                <>
                  <span aria-hidden="true">⌫ </span>
                  {t('keyboard.delete')}
                </>,
                onDelete,
                'delete',
                true,
              )}
              {key(t('keyboard.clear'), onClear, 'clear', true)}
            </>
          ) : null}
        </div>
      ))}
    </div>
  );
}
