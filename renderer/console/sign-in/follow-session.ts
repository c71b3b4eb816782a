// Notices a session that ended while the console only listened: the host closes the event socket
// of a lapsed session (and refuses to open another) without any call to answer staff.notSignedIn,
// so each close asks the host who is signed in, and the session guard does the rest.
import type { StaffConsole } from '../staff-console.ts';

export function followSession({ host, events }: Pick<StaffConsole, 'host' | 'events'>): () => void {
  return events.onClose(() => {
    // A host that is merely gone answers host.unreachable: the console stays, and reconnects.
    host.call('staff.me', {}).catch(() => undefined);
  });
}
