// The browser shell's server: the built renderer and the host contract on 127.0.0.1. A page is
// opened with a one-time code (the kiosk page a customer, the waiting board a board) that it
// trades for its own secret in an HttpOnly cookie; the operator's secret goes to the access file.
import { contentSecurityPolicy } from '../../shared/security/content-security-policy.ts';
import { createCredentials } from '../host/api/credentials.ts';
import { pageAddress, startLoopbackServer, type FileServer, type PageView } from '../host/api/loopback-server.ts';
import { createPagePasses } from '../host/api/page-passes.ts';
import { serveRendererFile } from '../host/api/renderer-pages.ts';
import type { Host } from '../host/create-host.ts';

export interface BrowserShellOptions {
  host: Pick<Host, 'dispatch' | 'events'>;
  rendererDir: string;
  port?: number;
}

export interface BrowserShell {
  port: number;
  origin: string;
  /** The operator's secret: for the access file only, never printed nor passed to a process. */
  operatorToken: string;
  /** A fresh address for a page: its one-time code works once, within a minute. */
  pageAddress(view: PageView): string;
  close(): Promise<void>;
}

export async function startBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  const credentials = createCredentials();
  const operatorToken = credentials.issue({ role: 'operator' });
  const passes = createPagePasses();
  const server = await startLoopbackServer({
    host: options.host,
    credentials,
    ...(options.port === undefined ? {} : { port: options.port }),
    pages: { serveFile: rendererFiles(options.rendererDir), passes },
  });
  return {
    port: server.port,
    origin: server.origin,
    operatorToken,
    pageAddress: (view) => pageAddress(server.origin, view, passes),
    close: () => server.close(),
  };
}

function rendererFiles(rendererDir: string): FileServer {
  return (request, response, url) => serveRendererFile(request, response, { rendererDir, pathname: url.pathname, csp: contentSecurityPolicy });
}
