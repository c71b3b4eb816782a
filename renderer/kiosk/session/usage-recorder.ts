// Sends usage events one after another, in the order they happened, without making the customer
// wait for them. Host calls that log events of their own (a lookup, a help request, the session's
// end) queue behind them, so the usage log keeps the order things happened in.
import type { RendererUsageEvent } from '../../../shared/usage/events.ts';
import type { FaultReporter, HostClient } from '../../kit/host/host-client.ts';

export interface UsageRecorder {
  record(sessionId: string, event: RendererUsageEvent): void;
  /** Runs a host call once everything queued before it has been sent, and returns its answer. */
  inOrder<T>(task: () => Promise<T>): Promise<T>;
  /** Like inOrder, for a call nobody waits on: a failure is only reported. */
  afterPending(what: string, task: () => Promise<unknown>): void;
  /** Settles when everything queued so far has been sent (or has failed). */
  settled(): Promise<void>;
}

export function createUsageRecorder(host: HostClient, reportFault: FaultReporter): UsageRecorder {
  let queue: Promise<void> = Promise.resolve();

  function inOrder<T>(task: () => Promise<T>): Promise<T> {
    const result = queue.then(task);
    queue = result.then(
      () => {},
      () => {},
    );
    return result;
  }

  function afterPending(what: string, task: () => Promise<unknown>): void {
    inOrder(task).catch((fault: unknown) => reportFault(what, fault));
  }

  return {
    record(sessionId, event) {
      afterPending(`usage ${event.type}`, () => host.call('usage.record', { sessionId, event }));
    },
    inOrder,
    afterPending,
    settled: () => queue,
  };
}
