// Method and event names alone, free of zod, so the preload can allow-list them without bundling more.

/** Methods for staff at a counter, not for customers: staff sign-in will guard them. */
export const staffMethodNames = [
  'kiosk.setAssisted',
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
] as const;

export const methodNames = [
  'kiosk.state',
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
  ...staffMethodNames,
] as const;
export type MethodName = (typeof methodNames)[number];

export const eventNames = [
  'kiosk.stateChanged',
  'session.resetRequested',
  'staff.helpRequested',
  'staff.alert',
  'queue.changed',
  'queue.called',
  'device.printerStatus',
] as const;
export type EventName = (typeof eventNames)[number];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && (methodNames as readonly string[]).includes(name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (eventNames as readonly string[]).includes(name);
}
