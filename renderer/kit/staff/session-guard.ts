// Notices a lapsed sign-in wherever it shows: any host call answered staff.notSignedIn sends the
// page back to its sign-in screen, so no screen has to check for it.
import type { HostClient } from '../host/host-client.ts';
import { HostCallError } from '../host/host-call-error.ts';

export function guardSession(host: HostClient, onLapsed: () => void): HostClient {
  return {
    async call(method, input) {
      try {
        return await host.call(method, input);
      } catch (error) {
        if (error instanceof HostCallError && error.code === 'staff.notSignedIn') onLapsed();
        throw error;
      }
    },
    on: (event, listener) => host.on(event, listener),
  };
}
