// Keeps the kiosk's data files readable by the kiosk's own user only: a folder 0700, files 0600.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';

const privateFolderMode = 0o700;
const privateFileMode = 0o600;

/** The files SQLite keeps beside a database in WAL mode; they hold recent commits, so they are as private. */
export function sidecarsOf(file: string): [wal: string, shm: string] {
  return [`${file}-wal`, `${file}-shm`];
}

/** Creates the folder (and its parents) for the kiosk alone; a folder that exists is left as the operator made it. */
export function ensurePrivateFolder(folder: string): void {
  if (!existsSync(folder)) mkdirSync(folder, { recursive: true, mode: privateFolderMode });
}

/**
 * Creates the database file 0600 before SQLite opens it: SQLite gives its -wal and -shm the mode of
 * the database, so all three are private from their first byte. A file from an older kiosk is
 * narrowed too.
 */
export function preparePrivateDatabase(file: string): void {
  closeSync(openSync(file, 'a', privateFileMode));
  narrow(file);
  for (const sidecar of sidecarsOf(file)) narrow(sidecar);
}

/** Sets a file that exists to 0600; a missing one is no fault. */
export function narrow(file: string): void {
  if (existsSync(file)) chmodSync(file, privateFileMode);
}
