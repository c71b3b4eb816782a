// Opens the kiosk's database at start; a damaged file is moved aside and a fresh one opened, so a
// bad sector or a half-copied file never leaves a customer in front of a dead kiosk.
import { existsSync, renameSync } from 'node:fs';
import { basename } from 'node:path';
import type { UsageEvent } from '../../../shared/usage/events.ts';
import { DamagedDatabaseError, openKioskDatabase, type KioskDatabase } from './database.ts';
import { narrow, sidecarsOf } from './private-files.ts';

export type DamageReason = Extract<UsageEvent, { type: 'storage.recovered' }>['reason'];

export interface StorageRecovery {
  reason: DamageReason;
  /** The name the damaged file now has, in the same folder (its -wal and -shm carry the same name). */
  movedTo: string;
}

export interface OpenedDatabase {
  db: KioskDatabase;
  /** Null when the file was sound; otherwise what the caller reports, once, in the fresh database. */
  recovery: StorageRecovery | null;
}

const sqliteCorrupt = 11;
const sqliteNotADatabase = 26;

/** Which damage an error from opening the file shows, or null when it is no damage of the file. */
function damageOf(error: unknown): DamageReason | null {
  if (error instanceof DamagedDatabaseError) return 'failedCheck';
  const code = (error as { errcode?: unknown } | null)?.errcode;
  if (typeof code !== 'number') return null;
  // Extended codes (SQLITE_CORRUPT_INDEX and the like) keep the primary code in their low byte.
  const primary = code & 0xff;
  if (primary === sqliteNotADatabase) return 'notADatabase';
  if (primary === sqliteCorrupt) return 'malformed';
  return null;
}

export function openOrRecover(file: string, now: () => Date = () => new Date()): OpenedDatabase {
  try {
    return { db: openKioskDatabase(file, { check: true }), recovery: null };
  } catch (error) {
    const reason = damageOf(error);
    // A full disk, a locked file or a missing right is no damage: moving the file would hide good data.
    if (reason === null) throw error;
    const movedTo = moveAside(file, now());
    return { db: openKioskDatabase(file), recovery: { reason, movedTo: basename(movedTo) } };
  }
}

/** Renames the file and its -wal and -shm to `<file>.damaged-<UTC time>`, kept 0600 for whoever looks into it. */
function moveAside(file: string, at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  let target = `${file}.damaged-${stamp}`;
  for (let attempt = 2; existsSync(target); attempt++) target = `${file}.damaged-${stamp}-${attempt}`;
  // The WAL goes first: an old WAL left beside a fresh file would be replayed into it.
  const [wal, shm] = sidecarsOf(file);
  const [walTarget, shmTarget] = sidecarsOf(target);
  for (const [from, to] of [[wal, walTarget], [shm, shmTarget], [file, target]] as const) {
    if (!existsSync(from)) continue;
    renameSync(from, to);
    narrow(to);
  }
  return target;
}
