// Keyed hashes for what the kiosk must recognise again (a collected order, a paid bill) but never
// read back: an HMAC under a secret made once per install, so even a phone number's nine digits
// cannot be recovered by trying them all.
import { createHmac, randomBytes } from 'node:crypto';
import { normalizeCode } from '../data/data-files.ts';
import type { KioskDatabase } from './database.ts';

export type SubjectHash = (subject: string) => string;

export function createSubjectHash(db: KioskDatabase): SubjectHash {
  db.prepare('INSERT OR IGNORE INTO install_secret (id, secret) VALUES (1, ?)').run(randomBytes(32).toString('hex'));
  const row = db.prepare('SELECT secret FROM install_secret WHERE id = 1').get() as { secret: string };
  const key = Buffer.from(row.secret, 'hex');
  return (subject) => createHmac('sha256', key).update(normalizeCode(subject)).digest('hex');
}
