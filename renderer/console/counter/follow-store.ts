// Keeps the signed-in console's picture of the store current: the profile (languages, services),
// the board (counters and services) and the printer, read once, then from pushed events, and read
// again whenever the event socket opens, since what was pushed while it was closed is lost.
import { toProblem } from '../../kit/host/host-call-error.ts';
import type { StaffConsole } from '../staff-console.ts';

export function followStore({ host, events, queue }: Pick<StaffConsole, 'host' | 'events' | 'queue'>): () => void {
  let stopped = false;

  async function readAll(): Promise<void> {
    const [state, board, printer] = await Promise.allSettled([
      host.call('kiosk.state', {}),
      host.call('queue.board', {}),
      host.call('device.printerStatus', {}),
    ]);
    if (stopped) return;
    if (state.status === 'fulfilled' && state.value.state === 'ready') queue.getState().profileLoaded(state.value.profile);
    if (board.status === 'fulfilled') queue.getState().boardChanged(board.value);
    else queue.getState().readFailed(toProblem(board.reason));
    if (printer.status === 'fulfilled') queue.getState().printerChanged(printer.value.printer);
  }

  const unsubscribers = [
    host.on('kiosk.stateChanged', (state) => {
      if (state.state === 'ready') queue.getState().profileLoaded(state.profile);
    }),
    host.on('queue.changed', (update) => queue.getState().boardChanged(update)),
    host.on('device.printerStatus', (printer) => queue.getState().printerChanged(printer)),
    events.onOpen(() => void readAll()),
  ];
  void readAll();

  return () => {
    stopped = true;
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
