// The shell's line to its Chromium: the DevTools protocol over the pipe Chromium opens with
// --remote-debugging-pipe (we write to its fd 3, read its fd 4; each message JSON ended by a NUL).
// No port is opened, so nothing else on the machine can attach to the kiosk.
//
// Written by hand on purpose: the shell sends a handful of commands (attach, navigate, evaluate,
// crash, create and close a page), and puppeteer or playwright would bring a second copy of this
// plus automation defaults a kiosk must not have (--enable-automation and its infobar, their own
// flags, a controlled-by-software browser).
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';

/** What Chromium sends: an answer to a command (with its id) or an event (with its method). */
const messageSchema = z.object({
  id: z.number().optional(),
  method: z.string().optional(),
  params: z.unknown().optional(),
  result: z.unknown().optional(),
  error: z.object({ code: z.number(), message: z.string() }).optional(),
  sessionId: z.string().optional(),
});

/** A command Chromium refused, or did not answer in time, or the pipe that closed under it. */
export class CdpError extends Error {
  readonly method: string;
  readonly reason: 'refused' | 'timedOut' | 'closed';

  constructor(method: string, reason: CdpError['reason'], detail: string) {
    super(`${method} ${reason}: ${detail}`);
    this.name = 'CdpError';
    this.method = method;
    this.reason = reason;
  }
}

export interface CdpSendOptions {
  /** The page session (Target.attachToTarget with flatten) the command is for; none for the browser. */
  sessionId?: string;
  /** How long Chromium may take to answer; a page whose main thread is stuck never does. */
  timeoutMs?: number;
}

export type CdpListener = (params: unknown, sessionId: string | undefined) => void;

export interface CdpConnection {
  send(method: string, params?: object, options?: CdpSendOptions): Promise<unknown>;
  /** Listens to one event (e.g. Target.targetCrashed); returns the function that stops listening. */
  on(method: string, listener: CdpListener): () => void;
  /** Resolves once the pipe has closed (Chromium gone); every command waiting is refused. */
  readonly closed: Promise<void>;
  close(): void;
}

const defaultTimeoutMs = 10_000;
/** A message longer than this is not one the shell asked for: the pipe is dropped rather than buffered on. */
const maxMessageChars = 16 * 1024 * 1024;

interface Waiting {
  method: string;
  resolve(result: unknown): void;
  reject(error: CdpError): void;
  timer: NodeJS.Timeout;
}

export function connectCdp(toChromium: Writable, fromChromium: Readable): CdpConnection {
  const waiting = new Map<number, Waiting>();
  const listeners = new Map<string, Set<CdpListener>>();
  let nextId = 1;
  let pending = '';
  let isClosed = false;
  let markClosed: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (markClosed = resolve));

  function shutDown(detail: string): void {
    if (isClosed) return;
    isClosed = true;
    for (const [id, command] of waiting) {
      clearTimeout(command.timer);
      command.reject(new CdpError(command.method, 'closed', detail));
      waiting.delete(id);
    }
    fromChromium.destroy();
    toChromium.destroy();
    markClosed();
  }

  function receive(text: string): void {
    const parsed = messageSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.id !== undefined) {
      const command = waiting.get(message.id);
      if (!command) return;
      waiting.delete(message.id);
      clearTimeout(command.timer);
      if (message.error) command.reject(new CdpError(command.method, 'refused', message.error.message));
      else command.resolve(message.result ?? {});
    } else if (message.method) {
      for (const listener of listeners.get(message.method) ?? []) listener(message.params, message.sessionId);
    }
  }

  fromChromium.setEncoding('utf8');
  fromChromium.on('data', (chunk: string) => {
    pending += chunk;
    let end = pending.indexOf('\0');
    while (end >= 0) {
      const text = pending.slice(0, end);
      pending = pending.slice(end + 1);
      try {
        receive(text);
      } catch {
        // Not JSON: Chromium never sends that; skip the message, keep the line.
      }
      end = pending.indexOf('\0');
    }
    if (pending.length > maxMessageChars) shutDown('a message too long to be an answer');
  });
  fromChromium.on('error', () => shutDown('the pipe failed'));
  fromChromium.on('close', () => shutDown('Chromium closed the pipe'));
  toChromium.on('error', () => shutDown('the pipe failed'));

  return {
    send(method, params = {}, { sessionId, timeoutMs = defaultTimeoutMs } = {}) {
      if (isClosed) return Promise.reject(new CdpError(method, 'closed', 'the pipe is closed'));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          reject(new CdpError(method, 'timedOut', `no answer within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.set(id, { method, resolve, reject, timer });
        toChromium.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      });
    },
    on(method, listener) {
      const set = listeners.get(method) ?? new Set();
      set.add(listener);
      listeners.set(method, set);
      return () => set.delete(listener);
    },
    closed,
    close: () => shutDown('the shell closed the pipe'),
  };
}
