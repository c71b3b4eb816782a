// Under Electron the host opens the store-network listener too (the staff console, remote boards),
// when the store config asks for it, and names it in the operator's access file; a listener that
// cannot start is one line in the log, and the kiosk runs on.
import { recordNetworkOrigin } from '../host/api/operator-access.ts';
import { openStoreNetwork, type NetworkHost } from '../host/network/open-store-network.ts';

export interface StoreNetworkDeps {
  host: NetworkHost;
  /** The built renderer, out/renderer: the board's index.html and console.html. */
  rendererDir: string;
  dataDir: string;
  log?: Pick<Console, 'log' | 'error'>;
}

/** Resolves to the function that closes the listener (nothing to close when it is off). */
export async function setupStoreNetwork({ host, rendererDir, dataDir, log = console }: StoreNetworkDeps): Promise<() => Promise<void>> {
  const network = await openStoreNetwork({ host, rendererDir, warn: (line) => log.error(`[network] ${line}`) });
  if (!network) return async () => undefined;
  recordNetworkOrigin(dataDir, network.origin);
  log.log(`[network] the staff console answers at ${network.origin}/console`);
  return () => network.close();
}
