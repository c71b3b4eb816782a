// The contract's method and event names alone, free of zod, for the preload's allow-list.
// Generated from contract.ts by electron/host/api/host-names.ts (npm run build): do not edit.

export const allowedMethods: ReadonlySet<string> = new Set([
  'kiosk.state',
  'kiosk.setAssisted',
  'session.start',
  'session.end',
  'usage.record',
  'help.request',
  'flow.runAction',
  'flow.figures',
  'queue.takeTicket',
  'queue.checkIn',
  'queue.ticket',
  'queue.board',
  'queue.callNext',
  'queue.call',
  'queue.recall',
  'queue.noShow',
  'queue.served',
  'queue.transfer',
  'counter.open',
  'counter.pause',
  'counter.close',
  'queue.postDelay',
  'queue.clearDelay',
  'device.printerStatus',
]);

export const allowedEvents: ReadonlySet<string> = new Set([
  'kiosk.stateChanged',
  'session.resetRequested',
  'staff.helpRequested',
  'staff.alert',
  'queue.changed',
  'queue.called',
  'device.printerStatus',
]);
