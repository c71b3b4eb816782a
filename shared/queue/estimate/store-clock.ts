// The store's own calendar: which local day an instant falls on, its weekday and its wall-clock
// minute, in the store's time zone with its summer-time changes. What the estimator learns by the
// clock (counter routines, arrivals by hour) follows the shop's clock, never UTC's: a 21:00 close in
// Mexico City is a close at 21:00, not a mid-day shift end on the next UTC date.

const minute = 60_000;
const day = 1440 * minute;
// Time-zone offsets change on quarter hours at the finest: one look-up per quarter hour is exact.
const offsetStep = 15 * minute;

export interface LocalDay {
  /** The local date the store's day started on, as days since 1970-01-01. */
  key: number;
  /** 0 = Monday … 6 = Sunday, of that date. */
  weekday: number;
  /** Wall-clock minutes since that date's midnight: past 1440 after midnight when the day starts later. */
  minute: number;
}

export type DayKind = 'weekday' | 'saturday' | 'sunday';

export interface StoreClock {
  readonly timeZone: string;
  dayOf(at: number): LocalDay;
  /** The instant a wall-clock minute of a local day happens (a minute a summer-time change skips reads as the hour before). */
  instant(key: number, wallMinute: number): number;
}

export const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Shops keep one routine Monday to Friday and their own on Saturday and on Sunday. */
export function dayKind(weekday: number): DayKind {
  return weekday < 5 ? 'weekday' : weekday === 5 ? 'saturday' : 'sunday';
}

/** True for an IANA time zone name this runtime knows, such as "America/Mexico_City". */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The runtime's own zone: a kiosk's clock is set to its store's. */
export function runtimeTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** `dayStartsAt` is the store's "HH:MM": before it, an instant still belongs to the day before. */
export function createStoreClock(timeZone = 'UTC', dayStartsAt = '00:00'): StoreClock {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const [startHours = 0, startMinutes = 0] = dayStartsAt.split(':').map(Number);
  const startsAt = (startHours * 60 + startMinutes) * minute;
  const offsets = new Map<number, number>();

  // Local wall time minus UTC, in milliseconds, at an instant.
  const offsetAt = (at: number): number => {
    const slot = Math.floor(at / offsetStep);
    const known = offsets.get(slot);
    if (known !== undefined) return known;
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(slot * offsetStep)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
    const wall = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0);
    const offset = wall - slot * offsetStep;
    if (offsets.size > 20_000) offsets.clear();
    offsets.set(slot, offset);
    return offset;
  };

  return {
    timeZone,
    dayOf(at) {
      const wall = at + offsetAt(at);
      const key = Math.floor((wall - startsAt) / day);
      return { key, weekday: (((key + 3) % 7) + 7) % 7, minute: (wall - key * day) / minute };
    },
    instant(key, wallMinute) {
      const wall = key * day + wallMinute * minute;
      const guess = wall - offsetAt(wall);
      return wall - offsetAt(guess);
    },
  };
}
