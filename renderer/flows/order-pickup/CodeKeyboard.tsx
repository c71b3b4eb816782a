// The on-screen keyboard for order codes: big keys for digits and capital letters, delete and
// clear. Keys do not take focus from the code field, so the caret stays where the text grows.
import type { PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../../styles/keyboard.css';

const rows = ['1234567890', 'QWERTYUIOP', 'ASDFGHJKL', 'ZXCVBNM'] as const;

interface CodeKeyboardProps {
  disabled: boolean;
  onCharacter: (character: string) => void;
  onDelete: () => void;
  onClear: () => void;
}

function keepFocus(event: PointerEvent<HTMLButtonElement>): void {
  event.preventDefault();
}

export function CodeKeyboard({ disabled, onCharacter, onDelete, onClear }: CodeKeyboardProps) {
  const { t } = useTranslation();
  return (
    <div className="keyboard" role="group" aria-label={t('pickup.keyboard.label')}>
      {rows.map((row, index) => (
        <div key={row} className={`keyboard__row keyboard__row--${index + 1}`}>
          {[...row].map((character) => (
            <button
              key={character}
              type="button"
              className="key"
              aria-disabled={disabled || undefined}
              onPointerDown={keepFocus}
              onClick={() => onCharacter(character)}
            >
              {character}
            </button>
          ))}
          {index === rows.length - 1 ? (
            <>
              <button type="button" className="key key--wide" aria-disabled={disabled || undefined} onPointerDown={keepFocus} onClick={onDelete}>
                <span aria-hidden="true">⌫ </span>
                {t('pickup.keyboard.delete')}
              </button>
              <button type="button" className="key key--wide" aria-disabled={disabled || undefined} onPointerDown={keepFocus} onClick={onClear}>
                {t('pickup.keyboard.clear')}
              </button>
            </>
          ) : null}
        </div>
      ))}
    </div>
  );
}
