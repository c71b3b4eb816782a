// A numeric keypad for the staff id and PIN, for a touch screen: its keys never take focus from
// the field they type into, so the hardware keyboard works alongside.
import type { PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './pin-keypad.css';

interface PinKeypadProps {
  /** The field the keys type into, as its label reads. */
  target: string;
  disabled: boolean;
  onDigit: (digit: string) => void;
  onDelete: () => void;
  onClear: () => void;
}

const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

function keepFocus(event: PointerEvent<HTMLButtonElement>): void {
  event.preventDefault();
}

export function PinKeypad({ target, disabled, onDigit, onDelete, onClear }: PinKeypadProps) {
  const { t } = useTranslation();
  const key = (label: string, onPress: () => void, wide = false) => (
    <button
      key={label}
      type="button"
      className={wide ? 'pin-keypad__key pin-keypad__key--word' : 'pin-keypad__key'}
      disabled={disabled}
      onPointerDown={keepFocus}
      onClick={onPress}
    >
      {label}
    </button>
  );
  return (
    // Private: a voice reading the page must not say which key is pressed.
    <div className="pin-keypad" role="group" aria-label={t('console.signIn.keypadFor', { field: target })} dir="ltr" data-private>
      {digits.map((digit) => key(digit, () => onDigit(digit)))}
      {key(t('console.signIn.clear'), onClear, true)}
      {key('0', () => onDigit('0'))}
      {key(t('console.signIn.delete'), onDelete, true)}
    </div>
  );
}
