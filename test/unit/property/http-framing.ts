// Requests to the call path that are wrong in their HTTP framing (the method, the Origin, the
// content type, the size, bytes that are not JSON or not UTF-8, JSON too deep to parse, no or a
// forged credential) and the answer each must get: the first thing wrong decides the status, in the
// order each listener checks them, and a body refused as a call is a typed error, never a stack.
import fc from 'fast-check';
import { expect } from 'vitest';
import { replyEnvelopeSchema } from '../../../shared/host-api/envelope.ts';
import type { Principal } from '../../../shared/host-api/roles.ts';
import { callId, wellFormedCall } from './call-arbitraries.ts';
import { expectNoInternals, type RawReply } from './raw-http.ts';
import { expectTypedReply, type Verdict } from './reply-oracle.ts';

const maxBodyBytes = 64 * 1024;

export interface Framing {
  method: string;
  origin: 'own' | 'none' | 'foreign';
  contentType: string | undefined;
  body: Uint8Array;
  credentials: 'valid' | 'none' | 'forged';
}

/** Arrays or objects nested up to what fits in a body, alone or as a call's input: JSON.parse takes them all. */
const deepJson = fc
  .record({ depth: fc.integer({ min: 200, max: 10_000 }), objects: fc.boolean(), asInput: fc.constantFrom(undefined, 'usage.record', 'flow.runAction', 'kiosk.state') })
  .map(({ depth, objects, asInput }) => {
    const nested = objects ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}${']'.repeat(depth)}`;
    return asInput === undefined ? nested : `{"id":1,"method":"${asInput}","input":${nested}}`;
  });
const notJson = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('{nope', '{"id":1,', 'NaN', 'undefined', "{'id':1}", '\uFEFF{}', '{"id":1}{"id":2}'));
const oversized = fc.integer({ min: maxBodyBytes - 40, max: 3 * maxBodyBytes }).map((pad) => JSON.stringify({ id: 1, method: 'kiosk.state', input: { pad: 'x'.repeat(pad) } }));
const envelopes = fc.oneof(wellFormedCall(), fc.record({ id: callId, method: fc.constant('kiosk.state'), input: fc.constant({}) })).map((call) => JSON.stringify(call));

const bodies: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 3, arbitrary: envelopes.map((text) => Buffer.from(text)) },
  { weight: 2, arbitrary: notJson.map((text) => Buffer.from(text)) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 512 }) },
  { weight: 1, arbitrary: deepJson.map((text) => Buffer.from(text)) },
  { weight: 1, arbitrary: oversized.map((text) => Buffer.from(text)) },
);

export const framingCases: fc.Arbitrary<Framing> = fc.record({
  method: fc.oneof({ weight: 4, arbitrary: fc.constant('POST') }, { weight: 1, arbitrary: fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD') }),
  origin: fc.oneof({ weight: 4, arbitrary: fc.constant('own' as const) }, { weight: 1, arbitrary: fc.constantFrom('none' as const, 'foreign' as const) }),
  contentType: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'Application/JSON') },
    { weight: 2, arbitrary: fc.constantFrom(undefined, '', 'application/jsonx', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json, text/plain', 'json') },
  ),
  body: bodies,
  credentials: fc.oneof({ weight: 4, arbitrary: fc.constant('valid' as const) }, { weight: 1, arbitrary: fc.constantFrom('none' as const, 'forged' as const) }),
});

/** The request's headers, but for its credentials, which the caller adds. */
export function framingHeaders(framing: Framing, ownOrigin: string): Record<string, string> {
  return {
    ...(framing.contentType === undefined ? {} : { 'content-type': framing.contentType }),
    ...(framing.origin === 'own' ? { origin: ownOrigin } : framing.origin === 'foreign' ? { origin: 'https://evil.example' } : {}),
  };
}

export type Listener = 'loopback' | 'network';

function parsedBody(body: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(Buffer.from(body).toString('utf8')) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * The status the first wrong part earns, in the order `listener` checks them: the browser shell
 * refuses a foreign Origin before anything, the store-network listener first refuses a method
 * other than POST and then any POST without its own Origin.
 */
function expectedStatus(framing: Framing, listener: Listener): number {
  if (listener === 'loopback' && framing.origin === 'foreign') return 403;
  if (framing.method !== 'POST') return 405;
  if (listener === 'network' && framing.origin !== 'own') return 403;
  const mediaType = (framing.contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') return 415;
  if (framing.body.byteLength > maxBodyBytes) return 413;
  if (!parsedBody(framing.body).ok) return 400;
  return framing.credentials === 'valid' ? 200 : 401;
}

/** Checks the answer to a framed request sent with `framingHeaders` and, when valid, `principal`'s credentials; the verdict on a call that reached the host. */
export function expectFramedAnswer(framing: Framing, answer: RawReply, listener: Listener, principal: Principal): Verdict | undefined {
  const status = expectedStatus(framing, listener);
  expect(answer.status, `${framing.method} ${framing.contentType ?? '(no type)'} ${framing.body.byteLength} bytes from ${framing.origin} with ${framing.credentials}: ${answer.text.slice(0, 200)}`).toBe(status);
  expectNoInternals(answer);
  if (framing.method === 'HEAD') return undefined;
  const body = JSON.parse(answer.text) as unknown;
  // Refused as a call: the typed error both clients read, the page's and the sign-in's.
  if ([400, 413, 415].includes(status)) expect(body).toEqual({ id: null, ok: false, error: { code: 'request.malformed', params: {} } });
  if (status === 401 && listener === 'network') expect(replyEnvelopeSchema.parse(body)).toMatchObject({ ok: false, error: { code: 'staff.notSignedIn' } });
  if (status !== 200) return undefined;
  const sent = parsedBody(framing.body);
  return sent.ok ? expectTypedReply(sent.value, body, principal) : undefined;
}
