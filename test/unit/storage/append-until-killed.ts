// Appends usage events as fast as it can and prints each one's seq once its append returned: the
// durability test kills it with SIGKILL at a random moment and looks for every printed seq.
import { openKioskDatabase } from '../../../electron/host/storage/database.ts';
import { createUsageLog } from '../../../electron/host/usage/usage-log.ts';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: node append-until-killed.ts <database file>');
const db = openKioskDatabase(file);
const log = createUsageLog({ db, storeId: 'durability', now: () => new Date() });
const lastSeq = db.prepare('SELECT last_insert_rowid() AS seq');
for (;;) {
  log.append(null, { type: 'screen.viewed', screen: 'home' });
  // Only after the append returned, so a printed seq is one the kiosk was told is kept.
  process.stdout.write(`${String(lastSeq.get()?.seq)}\n`);
}
