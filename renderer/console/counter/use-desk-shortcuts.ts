// The console's keys, listened to on the whole page while the counter shows; never while a dialog
// is open (its own keys are its fields' and buttons'), never in a text field.
import { useEffect } from 'react';
import { useConsole } from '../console-context.ts';
import type { CounterDesk } from './counter-desk.ts';
import { runCommand } from './desk-commands.ts';
import { keyTargetOf, shortcutFor } from './shortcuts.ts';

export function useDeskShortcuts(desk: CounterDesk): void {
  const staffConsole = useConsole();
  useEffect(() => {
    function keyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented) return;
      const command = shortcutFor(event, keyTargetOf(event.target));
      if (!command || document.querySelector('dialog[open]')) return;
      if (runCommand(staffConsole, desk, command)) event.preventDefault();
    }
    window.addEventListener('keydown', keyDown);
    return () => window.removeEventListener('keydown', keyDown);
  }, [desk, staffConsole]);
}
