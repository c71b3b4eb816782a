// Signs the console out after the session's idle minutes without a touch, click or key.
import { useEffect } from 'react';
import { useConsole, useConsoleSlice } from '../console-context.ts';
import { watchIdle } from './idle-watch.ts';
import { signOut } from './session-actions.ts';

export function useIdleSignOut(): void {
  const staffConsole = useConsole();
  const idleMinutes = useConsoleSlice('session', (session) => (session.current.phase === 'signedIn' ? session.current.idleMinutes : null));

  useEffect(() => {
    if (idleMinutes === null) return;
    const watch = watchIdle({
      timers: staffConsole.timers,
      now: staffConsole.now,
      limitMs: idleMinutes * 60_000,
      onIdle: () => void signOut(staffConsole, 'idle'),
    });
    const activity = () => watch.activity();
    const kinds = ['pointerdown', 'keydown', 'wheel'] as const;
    for (const kind of kinds) window.addEventListener(kind, activity, { capture: true, passive: true });
    return () => {
      watch.stop();
      for (const kind of kinds) window.removeEventListener(kind, activity, { capture: true });
    };
  }, [idleMinutes, staffConsole]);
}
