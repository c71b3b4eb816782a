// The headers every answer of the store-network listener carries: the browser is told not to sniff,
// frame, leak referrers or, on TLS, ever fall back to plain HTTP; pages also get the kiosk's strict
// Content-Security-Policy (through the renderer's own page headers).
import type { ServerResponse } from 'node:http';

const oneYearSeconds = 365 * 24 * 60 * 60;

/** The kiosk's CSP, with framing forbidden even if the shared policy one day stops saying so. */
export function pagePolicy(csp: string): string {
  return /(^|;)\s*frame-ancestors\s/.test(csp) ? csp : `${csp}; frame-ancestors 'none'`;
}

export function setSecurityHeaders(response: ServerResponse, tls: boolean): void {
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('x-frame-options', 'DENY');
  response.setHeader('referrer-policy', 'no-referrer');
  response.setHeader('cross-origin-opener-policy', 'same-origin');
  response.setHeader('cross-origin-resource-policy', 'same-origin');
  response.setHeader('permissions-policy', 'camera=(), microphone=(), geolocation=()');
  if (tls) response.setHeader('strict-transport-security', `max-age=${oneYearSeconds}`);
}
