// A stand-in collector: a real OTLP/HTTP JSON logs receiver on 127.0.0.1 that can answer 503 (down),
// stop listening altogether, and come back on the same port, keeping every log record it accepted.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { onTestFinished } from 'vitest';

type Value = string | number | boolean | Value[] | null;

export interface ReceivedRecord {
  resource: Record<string, Value>;
  body: Value;
  eventName: string | undefined;
  timeUnixNano: string;
  attributes: Record<string, Value>;
}

export interface OtlpReceiver {
  /** The logs endpoint, e.g. http://127.0.0.1:43117/v1/logs. */
  readonly endpoint: string;
  /** Records accepted (answered 200), in arrival order. */
  readonly accepted: ReceivedRecord[];
  /** Requests answered 503. */
  readonly refused: number;
  answer(mode: 'up' | 'down'): void;
  /** Stops listening: the kiosk's connections are refused. */
  close(): Promise<void>;
  /** Listens again on the same port. */
  reopen(): Promise<void>;
}

export async function otlpReceiver(initially: 'up' | 'down'): Promise<OtlpReceiver> {
  let mode = initially;
  let refused = 0;
  const accepted: ReceivedRecord[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.url !== '/v1/logs' || request.headers['content-type'] !== 'application/json') {
        response.writeHead(400).end();
        return;
      }
      if (mode === 'down') {
        refused += 1;
        response.writeHead(503).end();
        return;
      }
      accepted.push(...recordsOf(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  const listen = (port: number) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  await listen(0);
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  onTestFinished(async () => {
    if (server.listening) await close();
  });
  return {
    endpoint: `http://127.0.0.1:${port}/v1/logs`,
    accepted,
    get refused() {
      return refused;
    },
    answer(next) {
      mode = next;
    },
    close,
    reopen: () => listen(port),
  };
}

interface KeyValue {
  key: string;
  value: Record<string, unknown>;
}

function recordsOf(request: { resourceLogs: { resource: { attributes: KeyValue[] }; scopeLogs: { logRecords: Record<string, unknown>[] }[] }[] }): ReceivedRecord[] {
  return request.resourceLogs.flatMap(({ resource, scopeLogs }) =>
    scopeLogs.flatMap(({ logRecords }) =>
      logRecords.map((record) => ({
        resource: attributesOf(resource.attributes),
        body: valueOf(record.body as Record<string, unknown>),
        eventName: record.eventName as string | undefined,
        timeUnixNano: String(record.timeUnixNano),
        attributes: attributesOf(record.attributes as KeyValue[]),
      })),
    ),
  );
}

function attributesOf(pairs: KeyValue[]): Record<string, Value> {
  return Object.fromEntries(pairs.map(({ key, value }) => [key, valueOf(value)]));
}

/** OTLP JSON's AnyValue: one key names the kind; 64-bit integers may come as strings. */
function valueOf(value: Record<string, unknown> | undefined): Value {
  if (!value) return null;
  if ('stringValue' in value) return String(value.stringValue);
  if ('intValue' in value) return Number(value.intValue);
  if ('doubleValue' in value) return Number(value.doubleValue);
  if ('boolValue' in value) return Boolean(value.boolValue);
  if ('arrayValue' in value) return ((value.arrayValue as { values?: Record<string, unknown>[] }).values ?? []).map(valueOf);
  return null;
}
