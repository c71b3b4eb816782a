// The cookies of the store-network listener: the staff session, the board pass and the browser's
// device name. All HttpOnly, Secure and SameSite=Strict: scripts never read them, they never travel
// over plain HTTP off loopback, and no other site's page can make a browser send them.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { cookieValue } from '../api/http-parts.ts';

export const staffCookie = 'atiende_staff';
export const boardCookie = 'atiende_board';
const deviceCookie = 'atiende_device';

const flags = 'HttpOnly; Secure; SameSite=Strict';
const deviceMaxAgeSeconds = 365 * 24 * 60 * 60;
const devicePattern = /^[A-Za-z0-9_-]{16,64}$/;

/** A session cookie (no Max-Age): the browser drops it when it closes, the server after the idle minutes. */
export function staffSessionCookie(token: string): string {
  return `${staffCookie}=${token}; Path=/; ${flags}`;
}

export function clearedStaffCookie(): string {
  return `${staffCookie}=; Path=/; ${flags}; Max-Age=0`;
}

/** Only the API needs the board pass, so pages and files never carry it. */
export function boardPassCookie(pass: string): string {
  return `${boardCookie}=${pass}; Path=/api; ${flags}`;
}

/** A browser's name for a year: the audit and the lockouts say which console, where a network address says little. */
export function deviceIdCookie(deviceId: string): string {
  return `${deviceCookie}=${deviceId}; Path=/; Max-Age=${deviceMaxAgeSeconds}; ${flags}`;
}

export function newDeviceId(): string {
  return randomBytes(18).toString('base64url');
}

/** The device id a browser holds, if it is one this listener could have given. */
export function deviceIdOf(request: IncomingMessage): string | undefined {
  const presented = cookieValue(request, deviceCookie);
  return presented !== undefined && devicePattern.test(presented) ? presented : undefined;
}

/** How the audit and the sign-in service name a browser: never the whole id, which stays a secret of its cookie. */
export function deviceName(deviceId: string, kind: 'console' | 'board' = 'console'): string {
  return `${kind}:${deviceId.slice(0, 10)}`;
}
