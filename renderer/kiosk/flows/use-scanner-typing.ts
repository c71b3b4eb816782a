// A barcode scanner types like a keyboard. Wherever focus is on a scan or entry step (the heading
// gets it first), letters and digits land in the field, so a scan works without touching it first.
import { useEffect, type RefObject } from 'react';

export function useScannerTyping(field: RefObject<HTMLInputElement | null>, onCharacter: (character: string) => void): void {
  useEffect(() => {
    function keyDown(event: KeyboardEvent): void {
      const input = field.current;
      if (!input || event.target === input || event.ctrlKey || event.altKey || event.metaKey) return;
      if (!/^[a-z0-9]$/i.test(event.key)) return;
      if (input.ownerDocument.querySelector('dialog[open]')) return;
      event.preventDefault();
      onCharacter(event.key);
      input.focus({ preventScroll: true });
    }
    document.addEventListener('keydown', keyDown);
    return () => document.removeEventListener('keydown', keyDown);
  }, [field, onCharacter]);
}
