// Method and event names alone, free of zod, so the preload can allow-list them without bundling more.
export const methodNames = [
  'kiosk.state',
  'kiosk.setAssisted',
  'session.start',
  'session.end',
  'usage.record',
  'help.request',
  'flow.runAction',
  'flow.figures',
] as const;
export type MethodName = (typeof methodNames)[number];

export const eventNames = ['kiosk.stateChanged', 'session.resetRequested', 'staff.helpRequested'] as const;
export type EventName = (typeof eventNames)[number];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && (methodNames as readonly string[]).includes(name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (eventNames as readonly string[]).includes(name);
}
