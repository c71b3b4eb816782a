// Which accessibility modes each session used, for the accessibility report. A session used a mode
// once it turned it on: turning it off, or on again (another way), changes nothing. The session's
// end is counted for every mode it used, so each mode's completion can be set against all sessions'.
// A mode switched before the session began is logged right after its start, with its id: nothing
// apart is needed for it.
import type { SessionEndReason, UsageEvent } from '../../../shared/usage/events.ts';
import type { DaySummary, ModeCounts } from './day-summary.ts';

type ModeChanged = Extract<UsageEvent, { type: 'accessibility.modeChanged' }>;

export interface ModeUse {
  changed(day: DaySummary, sessionId: string, change: ModeChanged): void;
  ended(day: DaySummary, sessionId: string, reason: SessionEndReason): void;
}

export function createModeUse(): ModeUse {
  // Only sessions that turned a mode on are kept, until they end: a few in a hundred.
  const used = new Map<string, Set<string>>();
  return {
    changed(day, sessionId, { mode, on, via }) {
      if (!on) return;
      let modes = used.get(sessionId);
      if (!modes) {
        modes = new Set();
        used.set(sessionId, modes);
      }
      if (modes.has(mode)) return;
      modes.add(mode);
      const counts = modeOf(day, mode);
      counts.sessions += 1;
      counts.via[via] = (counts.via[via] ?? 0) + 1;
    },
    ended(day, sessionId, reason) {
      const modes = used.get(sessionId);
      if (!modes) return;
      used.delete(sessionId);
      for (const mode of modes) {
        const counts = modeOf(day, mode);
        counts.ended += 1;
        if (reason === 'completed') counts.completed += 1;
      }
    },
  };
}

function modeOf(day: DaySummary, mode: string): ModeCounts {
  return (day.accessibility[mode] ??= { sessions: 0, ended: 0, completed: 0, via: {} });
}
