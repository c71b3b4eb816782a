// Under Electron the host opens the operator's way in itself: the contract on 127.0.0.1 for the
// operator's secret alone (no pages), named in a file in the data folder only its owner reads.
import { createCredentials } from '../host/api/credentials.ts';
import { startLoopbackServer } from '../host/api/loopback-server.ts';
import { removeOperatorAccess, writeOperatorAccess } from '../host/api/operator-access.ts';
import type { Host } from '../host/create-host.ts';

export interface OperatorAccessDeps {
  host: Pick<Host, 'dispatch' | 'events'>;
  dataDir: string;
}

/** Resolves to the function that closes the listener and removes the file. */
export async function setupOperatorAccess({ host, dataDir }: OperatorAccessDeps): Promise<() => Promise<void>> {
  const credentials = createCredentials();
  const token = credentials.issue({ role: 'operator' });
  const server = await startLoopbackServer({ host, credentials });
  writeOperatorAccess(dataDir, { port: server.port, token });
  return async () => {
    removeOperatorAccess(dataDir);
    await server.close();
  };
}
