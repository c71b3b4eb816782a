// Puts the keypad on the kiosk's page for as long as the kiosk is on screen; it draws nothing.
import { useEffect } from 'react';
import { useKiosk } from '../kiosk-context.ts';
import { installKeypad } from './keypad.ts';

export function KeypadLayer() {
  const kiosk = useKiosk();
  useEffect(() => installKeypad(kiosk, window), [kiosk]);
  return null;
}
