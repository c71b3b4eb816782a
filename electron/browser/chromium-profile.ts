// Chromium's profiles: a new one for each launch, in a folder only the kiosk's user can read, removed
// when that Chromium ends; one left by a shell that was killed is removed when the next one starts.
// Node built-ins only: the shell starts Chromium before it loads anything heavier.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const profilePrefix = 'atiende-chromium-';

/** A fresh profile folder, named after this shell's process so a later shell knows whose it was. */
export function createProfile(parent: string = tmpdir()): string {
  // mkdtemp makes it 0700: the profile holds the page's cookies, the kiosk's pass among them.
  return mkdtempSync(join(parent, `${profilePrefix}${process.pid}-`));
}

export function removeProfile(folder: string): void {
  // A helper process may still be writing as the browser ends: retry rather than leave half a profile.
  rmSync(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes this user's profiles whose shell is gone (killed before it could clean up); answers how
 * many. A profile of a shell still running, or of another user, is left alone.
 */
export function removeStaleProfiles(parent: string = tmpdir()): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return 0;
  }
  const uid = process.getuid?.();
  for (const name of names) {
    const pid = Number(/^atiende-chromium-(\d+)-/.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid === process.pid || isRunning(pid)) continue;
    const folder = join(parent, name);
    try {
      if (uid !== undefined && statSync(folder).uid !== uid) continue;
      removeProfile(folder);
      removed += 1;
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}
