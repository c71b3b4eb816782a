// The secrets a loopback transport accepts and the principal each one stands for: the kiosk's
// page is a customer, the waiting board a board, the operator's command line the operator.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Principal } from '../../../shared/host-api/roles.ts';

export interface Credentials {
  /** Issues a fresh secret for `principal` (or registers the given one, in tests) and returns it. */
  issue(principal: Principal, secret?: string): string;
  /** The principal a presented secret stands for, compared in constant time; undefined if none. */
  principalOf(presented: string): Principal | undefined;
}

function newSecret(): string {
  return randomBytes(24).toString('base64url');
}

export function createCredentials(): Credentials {
  const issued: { secret: Buffer; principal: Principal }[] = [];
  return {
    issue(principal, secret = newSecret()) {
      issued.push({ secret: Buffer.from(secret), principal });
      return secret;
    },
    principalOf(presented) {
      const candidate = Buffer.from(presented);
      let found: Principal | undefined;
      // Every secret is compared, so the time taken says nothing about which one matched.
      for (const entry of issued) {
        if (entry.secret.length === candidate.length && timingSafeEqual(entry.secret, candidate)) found = entry.principal;
      }
      return found;
    },
  };
}
