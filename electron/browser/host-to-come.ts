// The host as the server sees it while the host is still starting: a call waits for it, an event
// socket is subscribed once it is there. The server can then listen, and the kiosk page load its
// files and scripts, while the host's modules are still loading: the two overlap at every start.
import type { Host } from '../host/create-host.ts';

type ServedHost = Pick<Host, 'dispatch' | 'events'>;

export function hostToCome(ready: Promise<ServedHost>): ServedHost {
  let host: ServedHost | null = null;
  // A host that failed to start is the shell's to report; calls waiting are answered as faults.
  ready.then((started) => (host = started)).catch(() => undefined);
  return {
    dispatch: async (envelope, principal) => (host ?? (await ready)).dispatch(envelope, principal),
    events: {
      emit: (event, payload) => host?.events.emit(event, payload),
      subscribe(principal, listener) {
        if (host) return host.events.subscribe(principal, listener);
        let unsubscribe: (() => void) | null = null;
        let closed = false;
        ready
          .then((started) => {
            if (!closed) unsubscribe = started.events.subscribe(principal, listener);
          })
          .catch(() => undefined);
        return () => {
          closed = true;
          unsubscribe?.();
        };
      },
      listening: (roles) => host?.events.listening(roles) ?? 0,
    },
  };
}
