// The event socket under junk: a page may push text and binary frames, pings, frames too large and
// text that is not UTF-8 down a socket that only pushes. Small frames are ignored and the page
// keeps hearing its events; a frame the socket must refuse closes it with the code WebSocket names
// for it (1009 too large, 1007 not UTF-8), never by taking the host down.
import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { expect } from 'vitest';
import WebSocket from 'ws';
import { hostEvents, type EventName } from '../../../shared/host-api/contract.ts';
import { browserTransport } from '../../../shared/host-api/browser-transport.ts';
import { eventEnvelopeSchema } from '../../../shared/host-api/envelope.ts';
import type { Role } from '../../../shared/host-api/roles.ts';
import { withinDeadline } from './property-runs.ts';

/** The socket server's limit on what a page may send (http-parts.ts): pages send nothing. */
const maxFrameBytes = 1024;

interface Frame {
  kind: 'text' | 'binary' | 'ping';
  bytes: Uint8Array;
}

const frame: fc.Arbitrary<Frame> = fc.record({
  kind: fc.constantFrom('text', 'binary', 'ping'),
  bytes: fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value) => Buffer.from(JSON.stringify(value))) },
    { weight: 3, arbitrary: fc.uint8Array({ maxLength: 200 }) },
    { weight: 1, arbitrary: fc.uint8Array({ minLength: 900, maxLength: 1_600 }) },
  ),
});

/** The close code a frame earns, or undefined when the socket simply ignores it. */
function refusalOf({ kind, bytes }: Frame): number | undefined {
  if (kind === 'ping') return undefined;
  if (bytes.byteLength > maxFrameBytes) return 1009;
  if (kind === 'text' && !isUtf8(bytes)) return 1007;
  return undefined;
}

export interface EventSocketTarget {
  url: string;
  origin: string;
  headers: Record<string, string>;
  /** The role the socket's credential stands for: it may hear only that role's events. */
  role: Role;
}

export function eventSocketChecks({ url, origin, headers, role }: EventSocketTarget) {
  let socket: WebSocket | undefined;
  let heard: string[] = [];
  let onMessage: (() => void) | undefined;

  let closedWith: ((code: number) => void) | undefined;

  const open = () =>
    new Promise<WebSocket>((resolve, reject) => {
      const opened = new WebSocket(url, [browserTransport.protocol], { origin, headers });
      opened.once('open', () => resolve(opened));
      opened.once('close', (code) => closedWith?.(code));
      opened.once('unexpected-response', (_request, response) => reject(new Error(`the event socket was refused: HTTP ${response.statusCode}`)));
      opened.once('error', reject);
      opened.on('message', (data, isBinary) => {
        expect(isBinary, 'the host pushes text').toBe(false);
        const envelope = eventEnvelopeSchema.parse(JSON.parse(String(data)));
        const allowed: readonly Role[] = hostEvents[envelope.event as EventName]?.roles ?? [];
        expect(allowed, `${envelope.event} pushed to a ${role}`).toContain(role);
        heard.push(envelope.event);
        onMessage?.();
      });
    });

  return {
    frames: fc.array(frame, { maxLength: 4 }),

    /** Sends `frames`, then lets `change` make an event every page hears: heard, or the socket closed with the right code. */
    async expectStillPushing(frames: readonly Frame[], change: () => Promise<void>, event: EventName = 'kiosk.stateChanged'): Promise<void> {
      if (socket?.readyState !== WebSocket.OPEN) socket = await withinDeadline('opening the event socket', open());
      const current = socket;
      const closed = new Promise<number>((resolve) => {
        closedWith = resolve;
      });
      heard = [];
      const arrived = new Promise<void>((resolve) => {
        onMessage = () => {
          if (heard.includes(event)) resolve();
        };
      });
      for (const { kind, bytes } of frames) {
        if (kind === 'ping') current.ping(bytes.subarray(0, 125));
        else current.send(bytes, { binary: kind === 'binary' });
      }
      const refusal = frames.map(refusalOf).find((code) => code !== undefined);
      await change();
      if (refusal === undefined) {
        await withinDeadline(`hearing ${event} after ${frames.length} ignored frames`, arrived);
        expect(current.readyState, 'the socket stays open').toBe(WebSocket.OPEN);
      } else {
        expect(await withinDeadline('the socket closing', closed)).toBe(refusal);
        socket = undefined;
      }
    },

    close() {
      socket?.terminate();
    },
  };
}
