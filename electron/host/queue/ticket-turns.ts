// Ticket requests take turns, at most one per turn of the event loop. Each writes durably (a few
// milliseconds of disk), and a burst of them read from their sockets at once would otherwise run
// back to back while the kiosk's other calls wait; between two tickets, everything else is answered.
import { setImmediate as nextTurn } from 'node:timers/promises';

/** Runs `issue` in its turn: at once when no ticket was issued in this turn of the loop, else in the next free one, in the order asked. */
export type TicketTurns = <T>(issue: () => T) => Promise<T>;

export function createTicketTurns(): TicketTurns {
  let tail: Promise<unknown> = Promise.resolve();
  // Settles once the turn of the loop in which the last ticket was issued is over.
  let lastTurn: Promise<void> | undefined;
  return (issue) => {
    const mine = tail.then(async () => {
      if (lastTurn) await lastTurn;
      const turn: Promise<void> = nextTurn().then(() => {
        if (lastTurn === turn) lastTurn = undefined;
      });
      lastTurn = turn;
      return issue();
    });
    tail = mine.catch(() => undefined);
    return mine;
  };
}
