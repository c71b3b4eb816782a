// The page Chromium shows while the host is still starting, and first after each relaunch: a blank
// dark screen served on the loopback address by the shell itself, before anything else is loaded.
// It is there for the DevTools pipe: under the kiosk policy DevTools (and so the pipe) may attach only
// to pages of http://127.0.0.1, never to about:blank, so the kiosk page's tab must start on one.
// It holds no data and runs no script. Node built-ins only: it is up before the host's modules load.
import { createServer } from 'node:http';

const page = '<!doctype html><html lang="en"><meta charset="utf-8"><title>Atiende</title><body bgcolor="#000000"></body></html>';

export interface StartingPage {
  url: string;
  close(): Promise<void>;
}

export async function openStartingPage(): Promise<StartingPage> {
  const server = createServer((request, response) => {
    const known = request.url === '/' && (request.method === 'GET' || request.method === 'HEAD');
    response.writeHead(known ? 200 : 404, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'",
      'cache-control': 'no-store',
    });
    response.end(known && request.method === 'GET' ? page : undefined);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
