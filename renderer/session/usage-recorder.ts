// Sends usage events one after another, in the order they happened, without ever making the
// customer wait for them; a session's end is queued behind its last event.
import type { RendererUsageEvent } from '../../shared/usage/events.ts';
import type { FaultReporter, HostClient } from '../host/host-client.ts';

export interface UsageRecorder {
  record(sessionId: string, event: RendererUsageEvent): void;
  /** Runs a host call once every event recorded so far has been sent. */
  afterPending(task: () => Promise<unknown>): void;
  /** Settles when everything queued so far has been sent (or has failed). */
  settled(): Promise<void>;
}

export function createUsageRecorder(host: HostClient, reportFault: FaultReporter): UsageRecorder {
  let queue: Promise<void> = Promise.resolve();

  function enqueue(what: string, task: () => Promise<unknown>): void {
    queue = queue.then(() =>
      task().then(
        () => {},
        (fault: unknown) => reportFault(what, fault),
      ),
    );
  }

  return {
    record(sessionId, event) {
      enqueue(`usage ${event.type}`, () => host.call('usage.record', { sessionId, event }));
    },
    afterPending(task) {
      enqueue('queued host call', task);
    },
    settled: () => queue,
  };
}
