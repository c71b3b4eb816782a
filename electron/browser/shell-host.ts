// The browser shell's host side: the host services behind the loopback server (which already
// listens, see host-to-come.ts), the store-network listener when the config asks for one, and the
// operator's access file. Loaded by main.ts once Chromium and the server are already starting.
import { removeOperatorAccess, writeOperatorAccess } from '../host/api/operator-access.ts';
import { createHost, type Host } from '../host/create-host.ts';
import { openStoreNetwork } from '../host/network/open-store-network.ts';
import { chromiumPdfPrinter } from '../host/reports/pdf-printer.ts';
import type { BrowserShell } from './server.ts';

export interface ShellHostOptions {
  configFile: string;
  dataDir: string;
  rendererDir: string;
  chromiumBinary: string;
  /** The loopback server, listening already. */
  shell: BrowserShell;
  /** Called with the host as soon as it exists, before the store network opens. */
  started(host: Host): void;
}

export interface ShellHost {
  host: Host;
  /** The store-network listener's origin, when it runs. */
  networkOrigin: string | null;
  close(): Promise<void>;
}

export async function openShellHost({ configFile, dataDir, rendererDir, chromiumBinary, shell, started }: ShellHostOptions): Promise<ShellHost> {
  // The same Chromium prints the managers' PDF reports, headless.
  const host = createHost({ configFile, dataDir, shell: 'browser', printPdf: chromiumPdfPrinter({ chromiumPath: chromiumBinary }) });
  started(host);
  // The console and remote boards, when the store config asks for them; the kiosk runs on without them.
  const storeNetwork = await openStoreNetwork({ host, rendererDir, warn: (line) => console.error(line) });
  // The operator's command line (npm run kiosk) finds this host through a file only its owner reads.
  writeOperatorAccess(dataDir, { port: shell.port, token: shell.operatorToken, ...(storeNetwork ? { network: storeNetwork.origin } : {}) });
  return {
    host,
    networkOrigin: storeNetwork?.origin ?? null,
    async close() {
      removeOperatorAccess(dataDir);
      await Promise.all([shell.close(), storeNetwork?.close()]);
      host.close();
    },
  };
}
