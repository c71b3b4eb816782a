// The session's host methods: a customer session starts and ends, and the renderer records usage
// facts in it; an id this host did not hand out never reaches the usage log. Staff signed in at
// the kiosk are signed out when the session they helped with ends.
import type { DomainHandlers } from '../api/dispatcher.ts';
import type { UsageLog } from '../usage/usage-log.ts';
import type { Sessions } from './sessions.ts';

export function sessionHandlers(sessions: Sessions, usageLog: UsageLog, onSessionEnded: () => void): DomainHandlers<'session' | 'usage'> {
  return {
    'session.start': ({ language }) => sessions.start(language),
    'session.end': ({ sessionId, reason }) => {
      sessions.end(sessionId, reason);
      onSessionEnded();
      return {};
    },
    'usage.record': ({ sessionId, event }) => {
      sessions.open(sessionId);
      usageLog.append(sessionId, event);
      return {};
    },
  };
}
