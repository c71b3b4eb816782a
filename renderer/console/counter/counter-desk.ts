// The actions of one counter, as its console performs them: one at a time, each sent at once and
// answered in the desk store (busy, done, or the host's typed problem), each followed by a fresh
// read of the counter. "Served" is one of them; what its follow-up adds is recorded afterwards.
import type { MethodInput } from '../../../shared/host-api/contract.ts';
import type { PauseReason, StaffText } from '../../../shared/host-api/staff-views.ts';
import { toProblem } from '../../kit/host/host-call-error.ts';
import type { StaffConsole } from '../staff-console.ts';
import { availableActions } from './action-availability.ts';
import type { DeskAction } from './desk-store.ts';
import { followCounter, type CounterFollower } from './follow-counter.ts';

export type OutcomeDetails = Omit<MethodInput<'queue.recordOutcome'>, 'ticket'>;
export type TransferTarget = { service: string } | { counter: string };

export interface CounterDesk {
  counter: string;
  callNext(): Promise<boolean>;
  callTicket(ticket: string): Promise<boolean>;
  recall(): Promise<boolean>;
  startServing(): Promise<boolean>;
  served(): Promise<boolean>;
  /** Records what the follow-up added about the ticket just served. */
  recordOutcome(details: OutcomeDetails): Promise<boolean>;
  noShow(): Promise<boolean>;
  transfer(ticket: string, target: TransferTarget): Promise<boolean>;
  open(): Promise<boolean>;
  pause(reason: PauseReason): Promise<boolean>;
  close(): Promise<boolean>;
  postDelay(reason: StaffText, service: string | null): Promise<boolean>;
  clearDelay(delay: string): Promise<boolean>;
  /** Follows the counter live; the returned function stops following it. */
  follow(): () => void;
}

export function createCounterDesk(staffConsole: StaffConsole, counter: string): CounterDesk {
  const { host, desk, queue } = staffConsole;
  let follower: CounterFollower | null = null;

  /** Sends one action, unless another is on its way, and says in the desk store how it went. */
  async function perform<T>(action: DeskAction, call: () => Promise<T>, succeeded: (result: T) => void): Promise<boolean> {
    if (desk.getState().busy) return false;
    desk.getState().started(action);
    try {
      succeeded(await call());
      return true;
    } catch (error) {
      desk.getState().failed(action, toProblem(error));
      return false;
    } finally {
      follower?.refresh();
    }
  }

  /** An action whose answer is the ticket it moved (or nothing), said as "A012 called". */
  const said = (action: DeskAction, call: () => Promise<string | null>) =>
    perform(action, call, (number) => desk.getState().succeeded(action, number));

  const available = (action: DeskAction) => availableActions(queue.getState().view, desk.getState().followUp)[action];

  /** An action on the counter itself, sent only when it makes sense now. */
  const onCounter = (action: DeskAction, call: () => Promise<string | null>) => (available(action) ? said(action, call) : Promise.resolve(false));

  return {
    counter,
    callNext: () => onCounter('callNext', async () => (await host.call('queue.callNext', { counter })).ticket.number),
    callTicket: (ticket) => onCounter('callTicket', async () => (await host.call('queue.call', { counter, ticket })).ticket.number),
    recall: () => onCounter('recall', async () => (await host.call('queue.recall', { counter })).ticket.number),
    startServing: () => onCounter('startServing', async () => (await host.call('queue.startServing', { counter })).ticket.number),
    served: () =>
      available('served')
        ? perform('served', () => host.call('queue.served', { counter }), ({ ticket }) => desk.getState().servedSucceeded(ticket))
        : Promise.resolve(false),
    recordOutcome(details) {
      const ticket = desk.getState().followUp;
      if (!ticket) return Promise.resolve(false);
      return perform(
        'recordOutcome',
        () => host.call('queue.recordOutcome', { ticket: ticket.id, ...details }),
        () => desk.getState().outcomeRecorded(ticket.number),
      );
    },
    noShow: () => onCounter('noShow', async () => (await host.call('queue.noShow', { counter })).ticket.number),
    transfer: (ticket, target) => onCounter('transfer', async () => (await host.call('queue.transfer', { ticket, ...target })).ticket.number),
    open: () => onCounter('open', async () => (await host.call('counter.open', { counter }), null)),
    pause: (reason) => onCounter('pause', async () => (await host.call('counter.pause', { counter, reason }), null)),
    close: () => onCounter('close', async () => (await host.call('counter.close', { counter }), null)),
    postDelay: (reason, service) =>
      said('postDelay', async () => (await host.call('queue.postDelay', { reason, ...(service === null ? {} : { service }) }), null)),
    clearDelay: (delay) => said('clearDelay', async () => (await host.call('queue.clearDelay', { delay }), null)),
    follow() {
      desk.getState().counterChanged();
      const following = followCounter(staffConsole, counter);
      follower = following;
      return () => {
        following.stop();
        if (follower === following) follower = null;
      };
    },
  };
}
