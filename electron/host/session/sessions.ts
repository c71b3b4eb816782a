// Customer sessions: an anonymous id from "touch to start" to the end, logged with its reason.
import { randomBytes } from 'node:crypto';
import { HostError } from '../../../shared/host-api/errors.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import type { SessionEndReason } from '../../../shared/usage/events.ts';
import type { UsageLog } from '../usage/usage-log.ts';

export interface Sessions {
  start(language: Language): string;
  end(sessionId: string, reason: SessionEndReason): void;
  /** Throws session.unknown for an id this host did not hand out (or already ended). */
  assertOpen(sessionId: string): void;
}

export interface SessionsDeps {
  usageLog: UsageLog;
  now: () => Date;
}

export function createSessions({ usageLog, now }: SessionsDeps): Sessions {
  const openSince = new Map<string, number>();

  function assertOpen(sessionId: string): void {
    if (!openSince.has(sessionId)) throw new HostError('session.unknown');
  }

  return {
    start(language) {
      const sessionId = randomBytes(12).toString('base64url');
      openSince.set(sessionId, now().getTime());
      usageLog.append(sessionId, { type: 'session.started', language });
      return sessionId;
    },
    end(sessionId, reason) {
      assertOpen(sessionId);
      const durationMs = Math.max(0, now().getTime() - (openSince.get(sessionId) ?? 0));
      openSince.delete(sessionId);
      usageLog.append(sessionId, { type: 'session.ended', reason, durationMs });
    },
    assertOpen,
  };
}
