// How a shell opens the store-network listener: only when the store config has a network section,
// and never at the kiosk's expense. A listener that cannot start says why in one line for the
// operator's log, and the kiosk runs on without it.
import type { NetworkConfig } from '../../../shared/config/staff-config.ts';
import { HostError } from '../../../shared/host-api/errors.ts';
import type { Host } from '../create-host.ts';
import { startStoreNetwork, type StoreNetwork } from './store-network.ts';

/** The host as the listener needs it: its network section (paths absolute) and its staff services. */
export type NetworkHost = Pick<Host, 'dispatch' | 'events' | 'network' | 'staff'>;

export interface OpenStoreNetworkOptions {
  host: NetworkHost;
  rendererDir: string;
  /** Where the one line goes when the listener cannot start. */
  warn: (line: string) => void;
}

/** The config schema's default, for a host that names no staff section. */
const defaultIdleMinutes = 30;

/** The listener, or null when the config asks for none or it could not start (having said why). */
export async function openStoreNetwork({ host, rendererDir, warn }: OpenStoreNetworkOptions): Promise<StoreNetwork | null> {
  if (!host.network) return null;
  const { signIn, audit, config } = host.staff;
  try {
    return await startStoreNetwork({
      host,
      network: host.network,
      // Without a staff section, sign-in answers staff.notConfigured; boards still work.
      staff: { signIn, audit, idleMinutes: config?.consoleIdleMinutes ?? defaultIdleMinutes },
      rendererDir,
    });
  } catch (fault) {
    warn(whyNotListening(fault, host.network));
    return null;
  }
}

/** The operator's line for a listener that did not start: what is wrong and what to do. */
function whyNotListening(fault: unknown, network: NetworkConfig): string {
  const prefix = 'The store network (console, remote boards) is off:';
  if (!(fault instanceof HostError)) return `${prefix} ${fault instanceof Error ? fault.message : String(fault)}. The kiosk runs on.`;
  const { address, port } = network;
  switch (fault.code) {
    case 'network.needsTls':
      return `${prefix} ${address} is not a loopback address, and off loopback it speaks HTTPS only. Name a certificate and key in the store config (network.certificate, network.key); for a trial: npm run certificate -- --host ${address} --out DIR. The kiosk runs on.`;
    case 'network.certificateUnreadable':
      return `${prefix} ${String(fault.params.file)} cannot be read as a PEM certificate or its matching private key. The kiosk runs on.`;
    case 'network.unavailable':
      return `${prefix} cannot listen on ${address} port ${port} (${String(fault.params.reason)}: ${reasonText(String(fault.params.reason))}). The kiosk runs on.`;
    default:
      return `${prefix} ${fault.code}. The kiosk runs on.`;
  }
}

function reasonText(reason: string): string {
  if (reason === 'EADDRINUSE') return 'another program uses that port';
  if (reason === 'EADDRNOTAVAIL') return 'that address is not one of this machine’s';
  if (reason === 'EACCES') return 'ports below 1024 need privileges';
  return 'the system refused';
}
