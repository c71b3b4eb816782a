// Everything a signed-in console runs whatever it shows: the store and its alerts followed live,
// the session's end noticed, the sign-out after the idle minutes; then the counter picker, or the
// counter it works at.
import { useEffect } from 'react';
import { followAlerts } from './alerts/follow-alerts.ts';
import { useAlertShortcut } from './alerts/use-alert-shortcut.ts';
import { useConsole, useConsoleSlice } from './console-context.ts';
import { workingCounterOf } from './counter/counter-choice-store.ts';
import { CounterConsole } from './counter/CounterConsole.tsx';
import { CounterPicker } from './counter/CounterPicker.tsx';
import { followStore } from './counter/follow-store.ts';
import { followSession } from './sign-in/follow-session.ts';
import { useIdleSignOut } from './sign-in/use-idle-sign-out.ts';

export function SignedInShell() {
  const staffConsole = useConsole();
  const counter = useConsoleSlice('counterChoice', workingCounterOf);
  const counters = useConsoleSlice('queue', (queue) => queue.board?.board.counters);

  useEffect(() => followStore(staffConsole), [staffConsole]);
  useEffect(() => followAlerts(staffConsole), [staffConsole]);
  useEffect(() => followSession(staffConsole), [staffConsole]);
  useIdleSignOut();
  useAlertShortcut();
  // A remembered counter the store no longer has is forgotten, and the picker shows.
  useEffect(() => {
    if (counters) staffConsole.counterChoice.getState().countersKnown(counters.map((known) => known.id));
  }, [counters, staffConsole]);

  return counter ? <CounterConsole key={counter} counter={counter} /> : <CounterPicker />;
}
