// What `npm run staff` does to a store's staff file: add a member, give one a new PIN or badge,
// remove one, list them; each change written atomically and recorded in the staff audit.
import { z } from 'zod';
import { staffIdSchema, staffRoleSchema } from '../../../shared/host-api/staff-views.ts';
import { describeProblem } from '../config/describe-problem.ts';
import type { AuditRecord } from './audit-log.ts';
import { pinLength, pinProblem, type PinProblem } from './pin-rules.ts';
import type { SecretReader } from './secret-prompt.ts';
import { hashSecret, matchSecret, type SecretHash } from './secret-hash.ts';
import { emptyStaffFile, findMember, readStaffFile, writeStaffFile, type StaffFile, type StaffMember } from './staff-file.ts';

export type CliOutcome = { code: 0 | 1 | 2 | 130; out?: string; err?: string };

export interface StaffCommandContext {
  staffFile: string;
  secrets: SecretReader;
  /** Records a change in the kiosk's staff audit, when there is a data folder to record it in. */
  audit(entry: AuditRecord): void;
  now: () => Date;
}

const badgeLength = { min: 6, max: 256 };
const nameSchema = z.string().trim().min(1).max(80);

const pinRuleText: Record<PinProblem, string> = {
  notDigits: 'A PIN is digits only.',
  tooShort: `A PIN has at least ${pinLength.min} digits.`,
  tooLong: `A PIN has at most ${pinLength.max} digits.`,
  trivial: 'That PIN is too easy to guess (one digit repeated, a run such as 123456, a repeated pattern such as 121212, or a common PIN): choose another.',
};

/** Thrown by the steps below to end the command with `outcome`; caught once in runStaffCommand. */
class Refusal extends Error {
  readonly outcome: CliOutcome;
  constructor(outcome: CliOutcome) {
    super(outcome.err ?? 'refused');
    this.outcome = outcome;
  }
}

function refuse(err: string): never {
  throw new Refusal({ code: 1, err });
}

function usageError(err: string): never {
  throw new Refusal({ code: 2, err });
}

export async function runStaffCommand(work: () => Promise<CliOutcome> | CliOutcome): Promise<CliOutcome> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refusal) return error.outcome;
    throw error;
  }
}

export async function addMember(context: StaffCommandContext, options: { id?: string; name?: string; role?: string; badge: boolean }): Promise<CliOutcome> {
  const id = checkedId(options.id);
  const name = nameSchema.safeParse(options.name ?? '');
  if (!name.success) usageError('add needs --name NAME: how the member is shown, at most 80 characters.');
  const role = staffRoleSchema.safeParse(options.role ?? 'staff');
  if (!role.success) usageError(`--role is staff or manager, not "${options.role}".`);
  const staff = staffOrNew(context.staffFile);
  if (findMember(staff, id)) refuse(`There is already a member with the id "${id}": choose another, or reset theirs.`);
  const pin = await newPin(context.secrets);
  const badge = options.badge ? await newBadge(context.secrets, staff, undefined) : undefined;
  const member: StaffMember = {
    id,
    name: name.data,
    role: role.data,
    pin: await hashSecret(pin),
    ...(badge === undefined ? {} : { badge }),
    addedAt: context.now().toISOString(),
  };
  writeStaffFile(context.staffFile, { ...staff, staff: [...staff.staff, member] });
  context.audit({ staffId: id, device: 'cli', action: 'staff.added', detail: { role: role.data, badge: badge !== undefined } });
  return { code: 0, out: `Added ${id} (${member.name}, ${role.data})${badge ? ' with a badge' : ''} to ${context.staffFile}.` };
}

export async function resetMember(context: StaffCommandContext, options: { id?: string; pin: boolean; badge: boolean; dropBadge: boolean }): Promise<CliOutcome> {
  const id = checkedId(options.id);
  if (options.badge && options.dropBadge) usageError('--badge gives a new badge, --drop-badge removes it: one or the other.');
  const staff = existingStaff(context.staffFile);
  const member = findMember(staff, id) ?? refuse(`There is no member with the id "${id}" in ${context.staffFile}.`);
  const resetPin = options.pin || !(options.badge || options.dropBadge);
  const pin = resetPin ? await hashSecret(await newPin(context.secrets)) : member.pin;
  const badge = options.badge ? await newBadge(context.secrets, staff, member) : options.dropBadge ? undefined : member.badge;
  const changed: StaffMember = { id: member.id, name: member.name, role: member.role, pin, ...(badge === undefined ? {} : { badge }), addedAt: member.addedAt };
  writeStaffFile(context.staffFile, { ...staff, staff: staff.staff.map((each) => (each === member ? changed : each)) });
  const badgeChange = options.badge ? 'replaced' : options.dropBadge ? 'removed' : 'kept';
  context.audit({ staffId: member.id, device: 'cli', action: 'staff.pinReset', detail: { pin: resetPin, badge: badgeChange } });
  const what = [resetPin ? 'a new PIN' : '', options.badge ? 'a new badge' : '', options.dropBadge ? 'no badge any more' : ''].filter(Boolean).join(' and ');
  return { code: 0, out: `${member.id} has ${what}.` };
}

export function removeMember(context: StaffCommandContext, options: { id?: string }): CliOutcome {
  const id = checkedId(options.id);
  const staff = existingStaff(context.staffFile);
  const member = findMember(staff, id) ?? refuse(`There is no member with the id "${id}" in ${context.staffFile}.`);
  writeStaffFile(context.staffFile, { ...staff, staff: staff.staff.filter((each) => each !== member) });
  context.audit({ staffId: member.id, device: 'cli', action: 'staff.removed' });
  return { code: 0, out: `Removed ${member.id} (${member.name}) from ${context.staffFile}.` };
}

export function listMembers(context: Pick<StaffCommandContext, 'staffFile'>): CliOutcome {
  const staff = staffOrNew(context.staffFile);
  if (staff.staff.length === 0) return { code: 0, out: 'No staff yet: npm run staff -- add --id ID --name NAME [--role manager] [--badge]' };
  const rows = [['id', 'name', 'role', 'badge'], ...staff.staff.map((member) => [member.id, member.name, member.role, member.badge ? 'yes' : 'no'])];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  return { code: 0, out: rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n') };
}

function checkedId(id: string | undefined): string {
  if (id === undefined) return usageError('--id ID is needed: the id the member types on the keypad.');
  const parsed = staffIdSchema.safeParse(id);
  return parsed.success ? parsed.data : usageError(`--id "${id}": ${parsed.error.issues[0]?.message ?? 'not an id'}.`);
}

function staffOrNew(path: string): StaffFile {
  const verdict = readStaffFile(path);
  if (verdict.ok) return verdict.staff;
  return verdict.missing ? emptyStaffFile() : refuse(describeProblem(verdict.problem));
}

function existingStaff(path: string): StaffFile {
  const verdict = readStaffFile(path);
  if (verdict.ok) return verdict.staff;
  return refuse(verdict.missing ? `There is no staff file yet at ${path}: add someone first.` : describeProblem(verdict.problem));
}

async function newPin(secrets: SecretReader): Promise<string> {
  const pin = await asked(secrets, 'New PIN: ');
  const problem = pinProblem(pin);
  if (problem) refuse(pinRuleText[problem]);
  if (secrets.interactive && (await asked(secrets, 'The same PIN again: ')) !== pin) refuse('The two PINs differ: nothing was changed.');
  return pin;
}

/** A badge code, hashed under the file's badge salt, that no other member holds. */
async function newBadge(secrets: SecretReader, staff: StaffFile, holder: StaffMember | undefined): Promise<SecretHash> {
  const code = (await asked(secrets, 'Scan the badge (or type its code): ')).trim();
  if (code.length < badgeLength.min || code.length > badgeLength.max) refuse(`A badge code has ${badgeLength.min} to ${badgeLength.max} characters.`);
  const others = staff.staff.filter((member) => member !== holder && member.badge !== undefined);
  if ((await matchSecret(code, others.flatMap((member) => (member.badge ? [member.badge] : [])))) >= 0) refuse('That badge already belongs to another member.');
  return hashSecret(code, { salt: staff.badgeSalt });
}

async function asked(secrets: SecretReader, prompt: string): Promise<string> {
  const answer = await secrets.read(prompt);
  if (answer === null) throw new Refusal({ code: 130, err: 'Cancelled: nothing was changed.' });
  return answer;
}
