// The queue's day: it starts at the store's local `dayStartsAt`, not at midnight, so a shop open
// past midnight keeps one day and numbers restart while it is closed.

export interface QueueDay {
  /** The local calendar date the day starts on, "2026-11-23". */
  id: string;
  startsAt: number;
  endsAt: number;
}

function clockParts(clock: string): [number, number] {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return [hours, minutes];
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The queue day `at` falls in. Local dates, so a daylight-saving change moves nothing. */
export function queueDayAt(at: Date, dayStartsAt: string): QueueDay {
  const [hours, minutes] = clockParts(dayStartsAt);
  let start = new Date(at.getFullYear(), at.getMonth(), at.getDate(), hours, minutes);
  if (at.getTime() < start.getTime()) start = new Date(at.getFullYear(), at.getMonth(), at.getDate() - 1, hours, minutes);
  const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1, hours, minutes);
  return { id: `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`, startsAt: start.getTime(), endsAt: end.getTime() };
}

/** A local "HH:MM" within `day`: a time before the day's start is on the next calendar date. */
export function timeOnDay(day: QueueDay, clock: string): Date {
  const start = new Date(day.startsAt);
  const [hours, minutes] = clockParts(clock);
  const same = new Date(start.getFullYear(), start.getMonth(), start.getDate(), hours, minutes);
  return same.getTime() < day.startsAt ? new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1, hours, minutes) : same;
}

/** "09:05" in the kiosk's local time, for messages such as "check-in opens at 09:05". */
export function localClock(at: Date): string {
  return `${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** The queue day `count` days before `day`. */
export function queueDayBefore(day: QueueDay, count: number, dayStartsAt: string): QueueDay {
  const start = new Date(day.startsAt);
  const [hours, minutes] = clockParts(dayStartsAt);
  return queueDayAt(new Date(start.getFullYear(), start.getMonth(), start.getDate() - count, hours, minutes), dayStartsAt);
}

/** The queue day a stored id ("2026-11-23") names. */
export function queueDayOf(id: string, dayStartsAt: string): QueueDay {
  const [year = 1970, month = 1, date = 1] = id.split('-').map(Number);
  const [hours, minutes] = clockParts(dayStartsAt);
  return queueDayAt(new Date(year, month - 1, date, hours, minutes), dayStartsAt);
}
