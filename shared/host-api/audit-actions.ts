// What the staff audit records: the host calls that are staff actions, and the staff file's own
// events (sign-ins, the staff command line). The back office names each one and each fact of its
// detail in the manager's language; a test holds every language to this list.
import { hostMethods, methodNames, type MethodName } from './contract.ts';

/** Whether a call of `method` is something staff did: it changes something, and no customer could have made it. */
export function isStaffAction(method: MethodName): boolean {
  const spec = hostMethods[method];
  return !('readOnly' in spec) && !(spec.roles as readonly string[]).includes('customer');
}

/** The staff file's events, recorded by the sign-in and the staff command line. */
export const staffFileActions = ['staff.signIn', 'staff.signOut', 'staff.signInFailed', 'staff.lockedOut', 'staff.added', 'staff.pinReset', 'staff.removed'] as const;

export type AuditAction = MethodName | (typeof staffFileActions)[number];

export const auditActions: readonly AuditAction[] = [...methodNames.filter(isStaffAction), ...staffFileActions];

/**
 * The input fields of a staff action worth a line in the audit: ids, numbers and choices, nothing
 * free-typed. A complaint is named by its `reference` only: never its contact, its text or a
 * manager's note.
 */
export const auditedFields = ['counter', 'service', 'ticket', 'alert', 'reference', 'assisted', 'outOfService', 'reason', 'outcome'] as const;

/** Every fact an audit entry's detail may hold: the audited fields and the staff file's own. */
export const auditDetailKeys = [...auditedFields, 'method', 'seconds', 'role', 'badge', 'pin'] as const;
