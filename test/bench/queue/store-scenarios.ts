// The stores the wait bench simulates, from one counter to eight: what they serve, who staffs them when, how busy they get.

export interface ServicePlan {
  id: string;
  prefix: string;
  /** Share of the store's arrivals. */
  share: number;
  /** Mean minutes at a counter of usual speed. */
  meanMinutes: number;
  /** Log-normal spread (sigma of the log): how skewed its times are. */
  spread: number;
  /** Share of called tickets whose customer is gone. */
  noShowRate: number;
}

export interface CounterPlan {
  id: string;
  services: string[];
  /** Time factor of its clerk: 1.2 takes 20% longer than usual. */
  speed: number;
  /** [from, to] in hours of the day; a shift reaching closing time stays until its queue is empty. */
  shifts: [number, number][];
  /** Breaks: hour of the day it starts (give or take 20 minutes) and usual length in minutes. */
  breaks: { at: number; minutes: number }[];
}

/** Who works a counter on a day whose schedule differs: the counters not named stay home. */
export interface CounterDay {
  id: string;
  shifts: [number, number][];
  breaks: { at: number; minutes: number }[];
}

/** Days of the week (0 = Monday) whose hours, customers or staffing differ from the usual day's. */
export interface DayOverride {
  weekdays: number[];
  closed?: boolean;
  opensAt?: number;
  closesAt?: number;
  arrivalsPerHour?: number[];
  counters?: CounterDay[];
}

/** Customers who booked: they check in at the kiosk some minutes before (or after) their booked time. */
export interface AppointmentPlan {
  /** Share of arrivals who hold an appointment. */
  share: number;
  /** The services appointments are for, picked in proportion to their shares. */
  services: string[];
  /** Minutes before the booked time an appointment is served from (the config's `advanceMinutes`). */
  advanceMinutes: number;
  /** Minutes early a customer checks in: normal with this mean and spread, within the check-in window. */
  earlyMeanMinutes: number;
  earlySpreadMinutes: number;
  /** The check-in window: from `earliestMinutes` before the booked time to `latestMinutes` after. */
  earliestMinutes: number;
  latestMinutes: number;
}

export interface StoreScenario {
  id: string;
  title: string;
  /** True when every counter serves the same single service (the 0.92 target applies). */
  singleService: boolean;
  days: number;
  seed: number;
  /** The store's IANA time zone; its hours below are its local wall-clock hours. Default UTC. */
  timeZone?: string;
  /** The first simulated local date; a Monday, 5 January 2026, by default. */
  firstDay?: string;
  opensAt: number;
  closesAt: number;
  /** Tickets per hour on an ordinary weekday, by hour of the day (index 0 = midnight). */
  arrivalsPerHour: number[];
  /** Arrival factor by weekday, Monday first. */
  weekdayFactors: number[];
  services: ServicePlan[];
  counters: CounterPlan[];
  /** Share of tickets with a priority (accessibility, pregnancy…), and the advances they may get. */
  priorityShare: number;
  priorityAdvanceMinutes: number[];
  /** Share of customers who would give up waiting, with their mean patience. */
  abandonShare: number;
  patienceMinutes: number;
  appointments?: AppointmentPlan;
  dayOverrides?: DayOverride[];
}

const hours = (from: number, values: number[]) => {
  const profile = new Array<number>(24).fill(0);
  values.forEach((value, index) => {
    profile[from + index] = value;
  });
  return profile;
};

const weekdays = [1.1, 1, 0.95, 1, 1.15, 1.25, 0.8];

export const storeScenarios: StoreScenario[] = [
  {
    id: 'one-counter',
    title: 'corner pharmacy: one counter, one service',
    singleService: true,
    // Four weeks: one counter's errors come in runs (one slow evening moves forty waits at once),
    // so two weeks leave the ratio to chance by a few points either way.
    days: 28,
    seed: 11,
    opensAt: 9,
    closesAt: 20,
    arrivalsPerHour: hours(9, [5, 8, 10, 11.5, 10, 7, 6, 8, 10.5, 11.5, 8]),
    weekdayFactors: weekdays,
    services: [{ id: 'pharmacy', prefix: 'F', share: 1, meanMinutes: 4, spread: 0.6, noShowRate: 0.03 }],
    counters: [{ id: 'c1', services: ['pharmacy'], speed: 1, shifts: [[9, 20]], breaks: [] }],
    priorityShare: 0.04,
    priorityAdvanceMinutes: [10],
    abandonShare: 0.02,
    patienceMinutes: 25,
  },
  {
    id: 'small-shop',
    title: 'small shop: 3 counters, 2 services, one counter per shift half',
    singleService: false,
    days: 14,
    seed: 23,
    opensAt: 9,
    closesAt: 20,
    arrivalsPerHour: hours(9, [10, 14, 17, 19, 16, 14, 14, 16, 18, 17, 12]),
    weekdayFactors: weekdays,
    services: [
      { id: 'tills', prefix: 'A', share: 0.72, meanMinutes: 3, spread: 0.5, noShowRate: 0.04 },
      { id: 'returns', prefix: 'B', share: 0.28, meanMinutes: 7, spread: 0.7, noShowRate: 0.05 },
    ],
    counters: [
      { id: 'c1', services: ['tills', 'returns'], speed: 1, shifts: [[9, 20]], breaks: [{ at: 13.5, minutes: 30 }] },
      { id: 'c2', services: ['tills'], speed: 0.85, shifts: [[9, 15]], breaks: [{ at: 11.25, minutes: 15 }] },
      { id: 'c3', services: ['returns', 'tills'], speed: 1.2, shifts: [[14.5, 20]], breaks: [{ at: 17, minutes: 15 }] },
    ],
    priorityShare: 0.03,
    priorityAdvanceMinutes: [10],
    abandonShare: 0.02,
    patienceMinutes: 25,
  },
  {
    id: 'mid-branch',
    title: 'bank branch: 5 counters, 4 services, skills and staggered breaks',
    singleService: false,
    days: 14,
    seed: 37,
    opensAt: 8.5,
    closesAt: 15,
    arrivalsPerHour: hours(8, [12, 22, 25, 26, 24, 22, 20, 14]),
    weekdayFactors: [1.15, 1, 0.95, 1, 1.1, 0.7, 0.6],
    services: [
      { id: 'cash', prefix: 'C', share: 0.5, meanMinutes: 4, spread: 0.5, noShowRate: 0.04 },
      { id: 'accounts', prefix: 'D', share: 0.25, meanMinutes: 11, spread: 0.6, noShowRate: 0.05 },
      { id: 'loans', prefix: 'L', share: 0.08, meanMinutes: 22, spread: 0.5, noShowRate: 0.06 },
      { id: 'business', prefix: 'E', share: 0.17, meanMinutes: 8, spread: 0.75, noShowRate: 0.05 },
    ],
    counters: [
      { id: 'c1', services: ['cash'], speed: 0.9, shifts: [[8.5, 15]], breaks: [{ at: 11, minutes: 20 }] },
      { id: 'c2', services: ['cash', 'business'], speed: 1, shifts: [[8.5, 15]], breaks: [{ at: 12.5, minutes: 20 }] },
      { id: 'c3', services: ['accounts', 'cash'], speed: 1.1, shifts: [[8.5, 15]], breaks: [{ at: 10.5, minutes: 15 }] },
      { id: 'c4', services: ['accounts', 'loans'], speed: 1, shifts: [[8.5, 15]], breaks: [{ at: 12, minutes: 30 }] },
      { id: 'c5', services: ['loans', 'accounts', 'business'], speed: 1.15, shifts: [[10, 15]], breaks: [{ at: 13, minutes: 15 }] },
    ],
    priorityShare: 0.05,
    priorityAdvanceMinutes: [15],
    abandonShare: 0.02,
    patienceMinutes: 35,
  },
  {
    id: 'large-store',
    title: 'large store: 8 counters, 5 services, two shifts, breaks, priorities',
    singleService: false,
    days: 14,
    seed: 53,
    opensAt: 9,
    closesAt: 21,
    arrivalsPerHour: hours(9, [26, 32, 38, 40, 46, 52, 48, 42, 32, 30, 24, 18]),
    weekdayFactors: weekdays,
    services: [
      { id: 'tills', prefix: 'A', share: 0.48, meanMinutes: 3, spread: 0.5, noShowRate: 0.05 },
      { id: 'returns', prefix: 'R', share: 0.15, meanMinutes: 6, spread: 0.6, noShowRate: 0.06 },
      { id: 'pickup', prefix: 'P', share: 0.15, meanMinutes: 2, spread: 0.4, noShowRate: 0.08 },
      { id: 'advice', prefix: 'T', share: 0.07, meanMinutes: 11, spread: 0.7, noShowRate: 0.06 },
      { id: 'support', prefix: 'S', share: 0.15, meanMinutes: 8, spread: 0.8, noShowRate: 0.06 },
    ],
    counters: [
      { id: 'c1', services: ['tills', 'pickup'], speed: 0.9, shifts: [[9, 15.5]], breaks: [{ at: 11.5, minutes: 15 }] },
      { id: 'c2', services: ['tills', 'returns'], speed: 1, shifts: [[9, 15.5]], breaks: [{ at: 12.5, minutes: 30 }] },
      { id: 'c3', services: ['returns', 'support'], speed: 1.1, shifts: [[9, 17]], breaks: [{ at: 12, minutes: 30 }] },
      { id: 'c4', services: ['advice', 'support'], speed: 1.2, shifts: [[9, 17]], breaks: [{ at: 13, minutes: 30 }] },
      { id: 'c5', services: ['tills', 'pickup', 'returns'], speed: 1, shifts: [[11, 19]], breaks: [{ at: 15, minutes: 20 }] },
      { id: 'c6', services: ['tills', 'pickup'], speed: 0.85, shifts: [[14.5, 21]], breaks: [{ at: 18, minutes: 15 }] },
      { id: 'c7', services: ['returns', 'support', 'tills'], speed: 1.05, shifts: [[14.5, 21]], breaks: [{ at: 17.5, minutes: 30 }] },
      { id: 'c8', services: ['advice', 'support'], speed: 1.15, shifts: [[13, 21]], breaks: [{ at: 19, minutes: 20 }] },
    ],
    priorityShare: 0.05,
    priorityAdvanceMinutes: [10, 15],
    abandonShare: 0.02,
    patienceMinutes: 30,
  },
  {
    id: 'appointments',
    title: 'advice branch: 5 counters, 3 services, a fifth of customers checking in for an appointment, most early',
    singleService: false,
    // Three weeks: appointments checked in 20+ minutes early are one ticket in sixteen.
    days: 21,
    seed: 67,
    opensAt: 9,
    closesAt: 17,
    arrivalsPerHour: hours(9, [18, 26, 30, 28, 24, 26, 28, 20]),
    weekdayFactors: [1.15, 1, 0.95, 1, 1.1, 0.75, 0.6],
    services: [
      { id: 'cash', prefix: 'C', share: 0.45, meanMinutes: 4, spread: 0.5, noShowRate: 0.04 },
      { id: 'accounts', prefix: 'D', share: 0.35, meanMinutes: 9, spread: 0.6, noShowRate: 0.05 },
      { id: 'advice', prefix: 'V', share: 0.2, meanMinutes: 16, spread: 0.5, noShowRate: 0.05 },
    ],
    counters: [
      { id: 'c1', services: ['cash'], speed: 0.95, shifts: [[9, 17]], breaks: [{ at: 12, minutes: 20 }] },
      { id: 'c2', services: ['cash', 'accounts'], speed: 1, shifts: [[9, 17]], breaks: [{ at: 13, minutes: 30 }] },
      { id: 'c3', services: ['accounts', 'advice'], speed: 1.1, shifts: [[9, 17]], breaks: [{ at: 12.5, minutes: 30 }] },
      { id: 'c4', services: ['advice', 'accounts'], speed: 1, shifts: [[9, 17]], breaks: [{ at: 13.5, minutes: 20 }] },
      { id: 'c5', services: ['accounts', 'cash'], speed: 1.05, shifts: [[10, 16]], breaks: [] },
    ],
    priorityShare: 0.03,
    priorityAdvanceMinutes: [10],
    abandonShare: 0.02,
    patienceMinutes: 35,
    appointments: { share: 0.2, services: ['accounts', 'advice'], advanceMinutes: 5, earlyMeanMinutes: 15, earlySpreadMinutes: 10, earliestMinutes: 30, latestMinutes: 15 },
  },
  {
    id: 'evening-west',
    title: 'Mexico City store open till 21:00 (UTC-6, its day ends past UTC midnight): 4 counters, 3 services, an evening shift',
    singleService: false,
    days: 14,
    seed: 71,
    timeZone: 'America/Mexico_City',
    opensAt: 10,
    closesAt: 21,
    arrivalsPerHour: hours(10, [11, 15, 20, 22, 18, 15, 18, 24, 28, 26, 18]),
    weekdayFactors: weekdays,
    services: [
      { id: 'tills', prefix: 'A', share: 0.6, meanMinutes: 3, spread: 0.5, noShowRate: 0.05 },
      { id: 'returns', prefix: 'R', share: 0.22, meanMinutes: 6, spread: 0.6, noShowRate: 0.05 },
      { id: 'support', prefix: 'S', share: 0.18, meanMinutes: 9, spread: 0.7, noShowRate: 0.06 },
    ],
    counters: [
      { id: 'c1', services: ['tills', 'returns'], speed: 1, shifts: [[10, 16]], breaks: [{ at: 13, minutes: 30 }] },
      { id: 'c2', services: ['tills'], speed: 0.9, shifts: [[10, 21]], breaks: [{ at: 14.5, minutes: 30 }] },
      { id: 'c3', services: ['returns', 'support', 'tills'], speed: 1.1, shifts: [[15, 21]], breaks: [{ at: 18, minutes: 20 }] },
      { id: 'c4', services: ['support', 'tills'], speed: 1.05, shifts: [[12, 20]], breaks: [{ at: 16.5, minutes: 20 }] },
    ],
    priorityShare: 0.04,
    priorityAdvanceMinutes: [10],
    abandonShare: 0.02,
    patienceMinutes: 30,
  },
  {
    id: 'summer-time',
    title: 'Madrid shop across the spring clock change, split shifts: 3 counters, 2 services',
    singleService: false,
    // Three weeks of winter time, then the change on Sunday 29 March and a week of summer time.
    days: 28,
    seed: 79,
    timeZone: 'Europe/Madrid',
    firstDay: '2026-03-09',
    opensAt: 9.5,
    closesAt: 20.5,
    arrivalsPerHour: hours(9, [8, 16, 21, 24, 21, 13, 11, 13, 19, 24, 24, 16]),
    weekdayFactors: [1, 1, 0.95, 1, 1.15, 1.3, 0.7],
    services: [
      { id: 'tills', prefix: 'A', share: 0.7, meanMinutes: 3.5, spread: 0.5, noShowRate: 0.04 },
      { id: 'returns', prefix: 'B', share: 0.3, meanMinutes: 7, spread: 0.6, noShowRate: 0.05 },
    ],
    counters: [
      { id: 'c1', services: ['tills', 'returns'], speed: 1, shifts: [[9.5, 14], [17, 20.5]], breaks: [] },
      { id: 'c2', services: ['tills'], speed: 0.9, shifts: [[9.5, 20.5]], breaks: [{ at: 14, minutes: 45 }] },
      { id: 'c3', services: ['returns', 'tills'], speed: 1.15, shifts: [[13.5, 20.5]], breaks: [{ at: 17.5, minutes: 15 }] },
    ],
    priorityShare: 0.03,
    priorityAdvanceMinutes: [10],
    abandonShare: 0.02,
    patienceMinutes: 25,
  },
  {
    id: 'short-saturday',
    title: 'high-street shop: long weekdays with lunch breaks and two shifts, a short Saturday, closed on Sunday',
    singleService: false,
    days: 28,
    seed: 83,
    timeZone: 'Europe/London',
    opensAt: 9,
    closesAt: 20,
    arrivalsPerHour: hours(9, [10, 14, 16, 18, 20, 16, 12, 12, 14, 16, 12]),
    weekdayFactors: [1, 1, 1, 1, 1.1, 1, 1],
    services: [
      { id: 'tills', prefix: 'A', share: 0.7, meanMinutes: 3, spread: 0.5, noShowRate: 0.04 },
      { id: 'returns', prefix: 'B', share: 0.3, meanMinutes: 6, spread: 0.6, noShowRate: 0.05 },
    ],
    counters: [
      { id: 'c1', services: ['tills', 'returns'], speed: 1, shifts: [[9, 20]], breaks: [{ at: 13, minutes: 30 }] },
      { id: 'c2', services: ['tills'], speed: 0.9, shifts: [[9, 14]], breaks: [{ at: 11.5, minutes: 15 }] },
      { id: 'c3', services: ['returns', 'tills'], speed: 1.15, shifts: [[14, 20]], breaks: [{ at: 17, minutes: 15 }] },
    ],
    priorityShare: 0.03,
    priorityAdvanceMinutes: [10],
    abandonShare: 0.02,
    patienceMinutes: 25,
    dayOverrides: [
      {
        weekdays: [5],
        opensAt: 9,
        closesAt: 14,
        // The busiest morning of the week: the weekday's morning counters, no breaks, both staying
        // past closing until everyone is served (on weekdays c2 leaves at 14:00 and c1 lunches at 13:00).
        arrivalsPerHour: hours(9, [12, 18, 22, 24, 22]),
        counters: [
          { id: 'c1', shifts: [[9, 14]], breaks: [] },
          { id: 'c2', shifts: [[9, 14]], breaks: [] },
        ],
      },
      { weekdays: [6], closed: true },
    ],
  },
];
