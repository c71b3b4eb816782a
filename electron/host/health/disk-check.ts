// The disk check: free space for the kiosk's data folder, as an unprivileged process may use it.
import { statfsSync } from 'node:fs';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';

const megabyte = 1024 * 1024;

export function diskCheck(dataDir: string, minimumMegabytes: number): () => HostErrorPayload | null {
  return () => {
    // bavail, not bfree: the blocks kept for root are no room for the kiosk when it runs as a user.
    const { bavail, bsize } = statfsSync(dataDir);
    const freeMegabytes = Math.floor((bavail * bsize) / megabyte);
    return freeMegabytes < minimumMegabytes ? { code: 'health.diskLow', params: { freeMegabytes, minimum: minimumMegabytes } } : null;
  };
}
