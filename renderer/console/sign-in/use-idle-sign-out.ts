// Signs the console out after the session's idle minutes without a touch, click or key.
import { useIdleWatch } from '../../kit/staff/use-idle-watch.ts';
import { useConsole, useConsoleSlice } from '../console-context.ts';
import { signOut } from './session-actions.ts';

export function useIdleSignOut(): void {
  const staffConsole = useConsole();
  const idleMinutes = useConsoleSlice('session', (session) => (session.current.phase === 'signedIn' ? session.current.idleMinutes : null));
  useIdleWatch(staffConsole, idleMinutes, () => void signOut(staffConsole, 'idle'));
}
