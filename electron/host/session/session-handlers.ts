// The session's host methods: a customer session starts and ends, and the renderer records usage
// facts in it; an id this host did not hand out never reaches the usage log.
import type { DomainHandlers } from '../api/dispatcher.ts';
import type { UsageLog } from '../usage/usage-log.ts';
import type { Sessions } from './sessions.ts';

export function sessionHandlers(sessions: Sessions, usageLog: UsageLog): DomainHandlers<'session' | 'usage'> {
  return {
    'session.start': ({ language }) => sessions.start(language),
    'session.end': ({ sessionId, reason }) => {
      sessions.end(sessionId, reason);
      return {};
    },
    'usage.record': ({ sessionId, event }) => {
      sessions.open(sessionId);
      usageLog.append(sessionId, event);
      return {};
    },
  };
}
