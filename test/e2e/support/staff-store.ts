// Staff sign-in for an end-to-end store: Ana (staff) and Marta (manager) in its staff file, and the
// store-network listener on 127.0.0.1 over HTTPS with a certificate made here, on a free port.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { makeTrialCertificate } from '../../../electron/host/network/certificate.ts';
import { databaseFileName } from '../../../electron/host/storage/database.ts';
import { ana, marta, writeStaff } from '../../fixtures/staff.ts';

export { ana, marta };

/** The board key the test store's TVs use. */
export const boardKey = 'e2e-board-key-0123456789abcdef';

/** `kioskIdleMinutes`: short by default, so the idle sign-out is seen within a test. */
export async function addStaffSignIn(storeDir: string, configFile: string, kioskIdleMinutes = 1): Promise<void> {
  const { cert, key } = await makeTrialCertificate({ hosts: ['127.0.0.1'] });
  writeFileSync(join(storeDir, 'atiende.crt'), cert);
  writeFileSync(join(storeDir, 'atiende.key'), key, { mode: 0o600 });
  await writeStaff(join(storeDir, 'staff.json'), [ana, marta]);
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, unknown>;
  config.staff = { file: 'staff.json', kioskIdleMinutes, kioskGesture: { corner: 'topEnd', holdSeconds: 2 } };
  config.network = { address: '127.0.0.1', port: 0, certificate: 'atiende.crt', key: 'atiende.key', boardKey };
  writeFileSync(configFile, JSON.stringify(config, null, 2));
}

export interface AuditLine {
  staffId: string | null;
  device: string;
  action: string;
  detail: Record<string, unknown>;
}

/** The staff audit as the host wrote it, oldest first, read straight from its SQLite file. */
export function readAudit(dataDir: string): AuditLine[] {
  const db = new DatabaseSync(join(dataDir, databaseFileName), { readOnly: true });
  try {
    return db
      .prepare('SELECT staff_id, device, action, detail FROM staff_audit ORDER BY id')
      .all()
      .map((row) => ({
        staffId: row.staff_id as string | null,
        device: String(row.device),
        action: String(row.action),
        detail: JSON.parse(String(row.detail)) as Record<string, unknown>,
      }));
  } finally {
    db.close();
  }
}
