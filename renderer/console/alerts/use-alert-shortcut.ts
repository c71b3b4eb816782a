// The A key, on every signed-in screen: acknowledges the alert waiting longest. Like every console
// key it never fires in a text field or while a dialog is open.
import { useEffect } from 'react';
import { useConsole } from '../console-context.ts';
import { keyTargetOf, shortcutFor } from '../counter/shortcuts.ts';
import { acknowledgeOldestAlert } from './alert-actions.ts';

export function useAlertShortcut(): void {
  const staffConsole = useConsole();
  useEffect(() => {
    function keyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (shortcutFor(event, keyTargetOf(event.target)) !== 'acknowledge') return;
      if (staffConsole.alerts.getState().alerts.length === 0) return;
      event.preventDefault();
      acknowledgeOldestAlert(staffConsole);
    }
    window.addEventListener('keydown', keyDown);
    return () => window.removeEventListener('keydown', keyDown);
  }, [staffConsole]);
}
