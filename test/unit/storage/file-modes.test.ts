import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { databaseFileName, openKioskDatabase } from '../../../electron/host/storage/database.ts';
import { createUsageLog } from '../../../electron/host/usage/usage-log.ts';
import { tempFolder } from '../../fixtures/store-config.ts';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('the kiosk’s data files', () => {
  it('are made readable by the kiosk’s user only: the folder 0700, the database and its WAL files 0600', () => {
    const folder = tempFolder();
    onTestFinished(() => folder.remove());
    const file = join(folder.dataDir, databaseFileName);
    const db = openKioskDatabase(file);
    onTestFinished(() => db.close());
    createUsageLog({ db, storeId: 'test-store', now: () => new Date() }).append(null, { type: 'kiosk.started', shell: 'test' });

    expect(modeOf(folder.dataDir)).toBe(0o700);
    for (const path of [file, `${file}-wal`, `${file}-shm`]) {
      expect(existsSync(path)).toBe(true);
      expect(modeOf(path)).toBe(0o600);
    }
  });

  it('narrows a database an older kiosk left readable by others', () => {
    const folder = tempFolder();
    onTestFinished(() => folder.remove());
    mkdirSync(folder.dataDir, { recursive: true });
    const file = join(folder.dataDir, databaseFileName);
    openKioskDatabase(file).close();
    chmodSync(file, 0o644);

    openKioskDatabase(file).close();

    expect(modeOf(file)).toBe(0o600);
  });
});
