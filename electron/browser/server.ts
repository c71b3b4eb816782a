// The browser shell's server: the built renderer and the host contract on 127.0.0.1, with one
// secret for the kiosk's page (a customer), one for the waiting board and one for the operator.
import { createReadStream } from 'node:fs';
import { contentSecurityPolicy } from '../../shared/security/content-security-policy.ts';
import { browserTransport } from '../../shared/host-api/browser-transport.ts';
import { createCredentials, type Credentials } from '../host/api/credentials.ts';
import { sendJson, startLoopbackServer, type FileServer } from '../host/api/loopback-server.ts';
import type { Host } from '../host/create-host.ts';
import { lookupRendererFile, rendererResponseHeaders } from '../host/renderer-files/renderer-files.ts';

export interface BrowserShellOptions {
  host: Pick<Host, 'dispatch' | 'events'>;
  rendererDir: string;
  port?: number;
  /** Fixed only in tests; a real launch makes fresh ones. */
  secrets?: Partial<Record<'kiosk' | 'board' | 'operator', string>>;
}

export interface BrowserShell {
  port: number;
  origin: string;
  /** The kiosk page's secret (a customer). */
  token: string;
  boardToken: string;
  operatorToken: string;
  /** The page to open: the secret rides in the fragment, which browsers never send. */
  kioskUrl: string;
  /** The waiting board, for a second screen or a TV's browser. */
  boardUrl: string;
  close(): Promise<void>;
}

export async function startBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  const credentials: Credentials = createCredentials();
  const token = credentials.issue({ role: 'customer' }, options.secrets?.kiosk);
  const boardToken = credentials.issue({ role: 'board' }, options.secrets?.board);
  const operatorToken = credentials.issue({ role: 'operator' }, options.secrets?.operator);
  const server = await startLoopbackServer({
    host: options.host,
    credentials,
    ...(options.port === undefined ? {} : { port: options.port }),
    serveFile: rendererFiles(options.rendererDir),
  });
  const fragment = (secret: string) => `#${browserTransport.tokenFragmentKey}=${secret}`;
  return {
    port: server.port,
    origin: server.origin,
    token,
    boardToken,
    operatorToken,
    kioskUrl: `${server.origin}/${fragment(token)}`,
    boardUrl: `${server.origin}/?view=board${fragment(boardToken)}`,
    close: () => server.close(),
  };
}

function rendererFiles(rendererDir: string): FileServer {
  return async (request, response, url) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendJson(response, 405, { error: 'method not allowed' });
    const lookup = await lookupRendererFile(rendererDir, url.pathname);
    if (!lookup.found) return sendJson(response, lookup.status, { error: 'not found' });
    response.writeHead(200, rendererResponseHeaders(lookup.rendererFile, contentSecurityPolicy));
    if (request.method === 'HEAD') return void response.end();
    createReadStream(lookup.rendererFile.file).pipe(response);
  };
}
