// One-time codes for opening a page: a page address carries a code, never a secret, so nothing in
// a process's argument list or in a log lets anyone in. The page trades its code, once and within
// a minute, for a fresh secret kept in an HttpOnly cookie that scripts on the page cannot read.
import { randomBytes } from 'node:crypto';
import type { Principal } from '../../../shared/host-api/roles.ts';

const validForMs = 60_000;

export interface PagePasses {
  /** A fresh code for a page of `principal`. */
  codeFor(principal: Principal): string;
  /** The principal a code was made for, if it is unused and younger than a minute; it is used up either way. */
  redeem(code: string): Principal | undefined;
}

export function createPagePasses(now: () => number = Date.now): PagePasses {
  const open = new Map<string, { principal: Principal; madeAt: number }>();
  const forgetStale = () => {
    for (const [code, pass] of open) if (now() - pass.madeAt >= validForMs) open.delete(code);
  };
  return {
    codeFor(principal) {
      forgetStale();
      const code = randomBytes(18).toString('base64url');
      open.set(code, { principal, madeAt: now() });
      return code;
    },
    redeem(code) {
      const pass = open.get(code);
      open.delete(code);
      return pass && now() - pass.madeAt < validForMs ? pass.principal : undefined;
    },
  };
}
