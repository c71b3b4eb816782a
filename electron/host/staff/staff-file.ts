// The staff file a store config names: who may sign in, with their role, and their PIN and badge
// as salted hashes only. Read like the store's other data files; written whole and atomically.
import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { StoreConfig } from '../../../shared/config/store-config.ts';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import { staffIdSchema, staffRoleSchema, type StaffMemberView } from '../../../shared/host-api/staff-views.ts';
import { formatPath } from '../config/load-store-config.ts';
import { newSalt, secretHashSchema } from './secret-hash.ts';

export const staffMemberSchema = z
  .object({
    id: staffIdSchema,
    name: z.string().trim().min(1).max(80),
    role: staffRoleSchema,
    pin: secretHashSchema,
    badge: secretHashSchema.optional(),
    addedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const staffFileSchema = z
  .object({
    version: z.literal(1),
    /** One salt for every badge, so the badge a scanner reads is found with one hash, not one per member. */
    badgeSalt: secretHashSchema.shape.salt,
    staff: z.array(staffMemberSchema),
  })
  .strict()
  .superRefine((file, ctx) => {
    // Ids are typed on a keypad in any case, so two that differ only in case would be one person to the kiosk.
    const ids = new Set<string>();
    const badges = new Set<string>();
    for (const [index, member] of file.staff.entries()) {
      const id = member.id.toLowerCase();
      if (ids.has(id)) ctx.addIssue({ code: 'custom', path: ['staff', index, 'id'], message: 'an id no other member has' });
      ids.add(id);
      if (!member.badge) continue;
      if (badges.has(member.badge.hash)) ctx.addIssue({ code: 'custom', path: ['staff', index, 'badge'], message: 'a badge no other member has' });
      badges.add(member.badge.hash);
    }
  });
export type StaffFile = z.infer<typeof staffFileSchema>;

export type StaffFileVerdict = { ok: true; staff: StaffFile } | { ok: false; missing: boolean; problem: HostErrorPayload };

/** Where a store's staff file is: its config's `staff.file`, relative to the config file; null without a `staff` section. */
export function staffFilePath(configFile: string, config: Pick<StoreConfig, 'staff'>): string | null {
  return config.staff ? resolve(dirname(configFile), config.staff.file) : null;
}

/** A staff file with nobody in it yet, as the first `npm run staff -- add` starts one. */
export function emptyStaffFile(): StaffFile {
  return { version: 1, badgeSalt: newSalt(), staff: [] };
}

export function readStaffFile(path: string): StaffFileVerdict {
  const file = basename(path);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    if (error instanceof SyntaxError) return { ok: false, missing: false, problem: { code: 'config.malformedJson', params: { file, line: 0, column: 0 } } };
    const reason = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return { ok: false, missing: reason === 'ENOENT', problem: { code: 'config.unreadable', params: { file, reason } } };
  }
  const parsed = staffFileSchema.safeParse(raw);
  if (parsed.success) return { ok: true, staff: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    missing: false,
    problem: { code: 'config.invalidValue', params: { file, path: formatPath(issue?.path ?? []), expected: issue?.message ?? 'a staff file' } },
  };
}

/**
 * Writes the whole file beside itself, flushed to disk, then renames it over the old one: a crash
 * or a power cut leaves the old file or the new one, never half of either. Readable by its owner only.
 */
export function writeStaffFile(path: string, staff: StaffFile): void {
  const text = `${JSON.stringify(staffFileSchema.parse(staff), null, 2)}\n`;
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    // The creation mode passes through the umask; this makes it 0600 whatever the umask allows.
    fchmodSync(fd, 0o600);
    writeFileSync(fd, text);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(dirname(path));
}

/** What the rest of the host may know of a member: never the hashes. */
export function memberView({ id, name, role }: StaffMember): StaffMemberView {
  return { id, name, role };
}

/** The member with `id`, typed in any case. */
export function findMember(staff: StaffFile, id: string): StaffMember | undefined {
  const key = id.trim().toLowerCase();
  return staff.staff.find((member) => member.id.toLowerCase() === key);
}

/** Makes the rename itself durable; some systems (Windows) cannot open a folder, and there a rename is durable already. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort: the file itself is already on disk.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
