// The shape of a host action a flow step may name: a real run with its effects, and a practice
// run that answers the same way and changes nothing.
import { randomBytes } from 'node:crypto';
import type { Fact, FlowActionName, FlowValues } from '../../../shared/flows/flow-actions.ts';
import type { IssuedTicketView } from '../../../shared/host-api/queue-views.ts';

/** What a real run answers: its facts, and the queue ticket it took, if any, for the waiting screen. */
export interface ActionAnswer {
  facts: Fact[];
  ticket?: IssuedTicketView | undefined;
}

export interface ActionContext {
  /** The session it runs for, so what it records (a ticket issued) is tied to that session. */
  sessionId: string;
}

export interface FlowAction {
  run(values: FlowValues, context: ActionContext): Fact[] | ActionAnswer | Promise<Fact[] | ActionAnswer>;
  /** Must write nothing anywhere: practice runs have no side effects, by construction. */
  practice(values: FlowValues): Fact[];
}

export type FlowActions = Partial<Record<FlowActionName, FlowAction>>;

/** A short reference a customer can read out at a counter: no 0/O or 1/I to confuse. */
export function readableReference(prefix: string): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  const bytes = randomBytes(6);
  return `${prefix}-${[...bytes].map((byte) => alphabet[byte % alphabet.length]).join('')}`;
}

/** A field the runner has already checked against the step's rules. */
export function field(values: FlowValues, name: string): string {
  return values[name] ?? '';
}
