// Console sign-ins the listener remembers: a random token (the cookie's value) for a staff member
// on a device, forgotten after the configured idle minutes without a staff action. The listener
// touches a session for actions only: neither an open event socket nor the queue reads a console
// makes at every change count, so a console left open at an empty counter signs itself out, and
// its socket is closed when its session ends.
import { randomBytes } from 'node:crypto';

export interface StaffSession {
  readonly staffId: string;
  /** The device as the audit names it. */
  readonly device: string;
}

export interface StaffSessions {
  /** Starts a session and returns its token. */
  open(session: StaffSession): string;
  /** The live session a token stands for; an expired one is forgotten and is undefined. */
  find(token: string): StaffSession | undefined;
  /** A staff action came with the token: the idle minutes start again. */
  touch(token: string): void;
  /** Forgets a session (signed out, or its member removed). */
  close(token: string): void;
}

export interface StaffSessionsOptions {
  idleMinutes: number;
  now: () => Date;
}

export function createStaffSessions({ idleMinutes, now }: StaffSessionsOptions): StaffSessions {
  const idleMs = idleMinutes * 60_000;
  const open = new Map<string, StaffSession & { lastCallAt: number }>();
  const expired = (lastCallAt: number) => now().getTime() - lastCallAt >= idleMs;
  // Tokens are looked up by Map key: a 256-bit random token cannot be guessed by timing a lookup.
  const forgetExpired = () => {
    for (const [token, session] of open) if (expired(session.lastCallAt)) open.delete(token);
  };
  return {
    open({ staffId, device }) {
      forgetExpired();
      const token = randomBytes(32).toString('base64url');
      open.set(token, { staffId, device, lastCallAt: now().getTime() });
      return token;
    },
    find(token) {
      const session = open.get(token);
      if (!session) return undefined;
      if (expired(session.lastCallAt)) {
        open.delete(token);
        return undefined;
      }
      return { staffId: session.staffId, device: session.device };
    },
    touch(token) {
      const session = open.get(token);
      if (session && !expired(session.lastCallAt)) session.lastCallAt = now().getTime();
    },
    close(token) {
      open.delete(token);
    },
  };
}
