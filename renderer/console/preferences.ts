// What this browser remembers for the console between visits: the staff member's language and the
// counter it sits at. Staff share a counter PC, so these belong to the browser, not to a person.

export const memoryKeys = {
  language: 'atiende.console.language',
  counter: 'atiende.console.counter',
  /** The last sign-in's idle limit, for a page reloaded while still signed in (staff.me does not say it). */
  idleMinutes: 'atiende.console.idleMinutes',
} as const;
