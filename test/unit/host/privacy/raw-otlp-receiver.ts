// A stand-in collector on 127.0.0.1 that keeps every request body exactly as it came over the
// wire (unzipped when sent compressed): what a fleet's back end would store of a kiosk.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync, inflateSync } from 'node:zlib';
import { onTestFinished } from 'vitest';
import { jsonPlace, type Place } from './secret-search.ts';

export interface RawOtlpReceiver {
  /** The logs endpoint, e.g. http://127.0.0.1:43117/v1/logs. */
  readonly endpoint: string;
  /** Every request body received, in arrival order. */
  readonly bodies: Buffer[];
  /** The bodies as places to search: the raw bytes, and the strings inside when the body is JSON. */
  places(): Place[];
}

export async function rawOtlpReceiver(): Promise<RawOtlpReceiver> {
  const bodies: Buffer[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const encoding = request.headers['content-encoding'];
      bodies.push(encoding === 'gzip' ? gunzipSync(body) : encoding === 'deflate' ? inflateSync(body) : body);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/v1/logs`,
    bodies,
    places: () =>
      bodies.flatMap((body, index) => {
        const raw = { name: `telemetry request ${index + 1}`, bytes: body };
        try {
          return [raw, jsonPlace(`telemetry request ${index + 1} (decoded)`, JSON.parse(body.toString('utf8')))];
        } catch {
          return [raw];
        }
      }),
  };
}
