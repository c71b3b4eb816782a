// One simulated day's hours, customers and staffing: the scenario's usual day, or its override for that weekday.
import type { CounterDay, StoreScenario } from './store-scenarios.ts';

/** One day's hours, customers and staffing, after the scenario's overrides for its weekday. */
export interface DaySchedule {
  closed: boolean;
  opensAt: number;
  closesAt: number;
  arrivalsPerHour: number[];
  staffing: Map<string, CounterDay>;
}

export function scheduleOf(scenario: StoreScenario, weekday: number): DaySchedule {
  const override = scenario.dayOverrides?.find((candidate) => candidate.weekdays.includes(weekday));
  const usual = scenario.counters.map((counter): CounterDay => ({ id: counter.id, shifts: counter.shifts, breaks: counter.breaks }));
  return {
    closed: override?.closed ?? false,
    opensAt: override?.opensAt ?? scenario.opensAt,
    closesAt: override?.closesAt ?? scenario.closesAt,
    arrivalsPerHour: override?.arrivalsPerHour ?? scenario.arrivalsPerHour,
    staffing: new Map((override?.counters ?? usual).map((counter) => [counter.id, counter])),
  };
}
