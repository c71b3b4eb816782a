// Customer sessions: an anonymous id from "touch to start" to the end, logged with its reason, and
// the session's one draw of whether it sees pilot flows.
import { createHash, randomBytes } from 'node:crypto';
import { HostError } from '../../../shared/host-api/errors.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import type { SessionEndReason } from '../../../shared/usage/events.ts';
import type { UsageLog } from '../usage/usage-log.ts';

export interface OpenSession {
  startedAt: number;
  seesPilots: boolean;
  /** The language chosen at the start, for what the host makes for the customer (a printed ticket). */
  language: Language;
}

export interface Sessions {
  start(language: Language): { sessionId: string; seesPilots: boolean };
  end(sessionId: string, reason: SessionEndReason): void;
  /** The open session, or session.unknown for an id this host did not hand out (or already ended). */
  open(sessionId: string): OpenSession;
}

export interface SessionsDeps {
  usageLog: UsageLog;
  now: () => Date;
  /** The share of sessions (0 to 1) that see pilot flows. */
  pilotShare: number;
}

export function createSessions({ usageLog, now, pilotShare }: SessionsDeps): Sessions {
  const openSessions = new Map<string, OpenSession>();

  function open(sessionId: string): OpenSession {
    const session = openSessions.get(sessionId);
    if (!session) throw new HostError('session.unknown');
    return session;
  }

  return {
    start(language) {
      const sessionId = randomBytes(12).toString('base64url');
      const seesPilots = pilotDraw(sessionId) < pilotShare;
      openSessions.set(sessionId, { startedAt: now().getTime(), seesPilots, language });
      usageLog.append(sessionId, { type: 'session.started', language, seesPilots });
      return { sessionId, seesPilots };
    },
    end(sessionId, reason) {
      const session = open(sessionId);
      openSessions.delete(sessionId);
      const durationMs = Math.max(0, now().getTime() - session.startedAt);
      usageLog.append(sessionId, { type: 'session.ended', reason, durationMs });
    },
    open,
  };
}

/** A number in [0, 1) fixed by the session id: the same session always draws the same. */
function pilotDraw(sessionId: string): number {
  return createHash('sha256').update(sessionId).digest().readUInt32BE(0) / 2 ** 32;
}
