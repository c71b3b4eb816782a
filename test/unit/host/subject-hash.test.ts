import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openKioskDatabase } from '../../../electron/host/storage/database.ts';
import { createSubjectHash } from '../../../electron/host/storage/subject-hash.ts';
import { scratchStore } from '../../fixtures/temp-host.ts';

describe('the keyed subject hash', () => {
  it('recognises the same subject after a restart, however it was typed', () => {
    const store = scratchStore();
    const file = join(store.dataDir, 'atiende.sqlite');
    const first = openKioskDatabase(file);
    const before = createSubjectHash(first)('k7m2qx');
    first.close();
    const second = openKioskDatabase(file);
    expect(createSubjectHash(second)(' K7M2-QX ')).toBe(before);
    second.close();
  });

  it('cannot be recomputed without the install secret: no plain SHA-256 of a phone number', () => {
    const store = scratchStore();
    const db = openKioskDatabase(join(store.dataDir, 'atiende.sqlite'));
    const hashed = createSubjectHash(db)('612345678');
    expect(hashed).not.toBe(createHash('sha256').update('612345678').digest('hex'));
    db.close();
  });

  it('differs between two installs', () => {
    const store = scratchStore();
    const one = openKioskDatabase(join(store.dataDir, 'one.sqlite'));
    const two = openKioskDatabase(join(store.dataDir, 'two.sqlite'));
    expect(createSubjectHash(one)('612345678')).not.toBe(createSubjectHash(two)('612345678'));
    one.close();
    two.close();
  });
});
