// An HTTP client that sends exactly what a test says (any method, any header, any bytes) and reports
// exactly what came back; a connection that closes without an answer rejects.
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { expect } from 'vitest';

export interface RawReply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

export interface RawRequest {
  method?: string;
  /** Sent as they are; none is added but Host and, with a body, Content-Length. */
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

export function send(origin: string, path: string, { method = 'POST', headers = {}, body }: RawRequest = {}): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const outgoing = request(new URL(path, origin), { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }),
      );
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** Writes `bytes` on a bare connection and waits until the server has closed it or answered and been hung up on. */
export function sendBytes(port: number, bytes: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error)));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.end(bytes);
  });
}

/** No answer of the host may show a stack, a file path of ours or a raw exception. */
export function expectNoInternals(reply: RawReply): void {
  expect(reply.status, `status of ${reply.text.slice(0, 200)}`).toBeLessThan(500);
  expect(reply.text).not.toMatch(/\bat .+:\d+:\d+|node:internal|\/electron\/host\/|Error:/);
}
