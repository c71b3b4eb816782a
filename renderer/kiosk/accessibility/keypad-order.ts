// Where previous and next take the keypad's focus: through the controls in their order on the
// screen, round from the last to the first and back, so no control is ever out of reach.

/**
 * Where focus is among `count` controls: on one of them (`at`), or between them, on something that
 * is not a control (a heading, nothing), after `after` of them.
 */
export type FocusPlace = { at: number } | { after: number };

/** The index of the control previous or next moves to; -1 when there is none. */
export function movedIndex(count: number, from: FocusPlace, direction: 'previous' | 'next'): number {
  if (count === 0) return -1;
  const step = direction === 'next' ? 1 : -1;
  // Between controls, next is the first one after the place and previous the last one before it.
  const start = 'at' in from ? from.at + step : direction === 'next' ? from.after : from.after - 1;
  return ((start % count) + count) % count;
}
