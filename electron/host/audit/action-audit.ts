// What staff did, for the audit: every call that changed something and that a customer could not
// have made, with who, where, and the counter, service or ticket it was about. Never a text staff
// typed (a delay reason might name someone), never anything a customer gave.
import { auditedFields, isStaffAction } from '../../../shared/host-api/audit-actions.ts';
import { hostMethods, type MethodName } from '../../../shared/host-api/contract.ts';
import { actorOf, rights, type Principal, type Role } from '../../../shared/host-api/roles.ts';
import type { AuditLog } from '../staff/audit-log.ts';

/**
 * Whether a signed-in member's call shows they are still there, keeping their sign-in alive: a staff
 * action, or a read only managers may make (reports, complaints, the audit: asked for by hand, never
 * polled, unlike the queue reads an open console makes at every change).
 */
export function showsStaffPresence(method: MethodName): boolean {
  const allowed: readonly Role[] = hostMethods[method].roles;
  const managersOnly = allowed.length === rights.managers.length && allowed.every((role) => (rights.managers as readonly Role[]).includes(role));
  return isStaffAction(method) || managersOnly;
}

export function auditStaffAction(audit: Pick<AuditLog, 'record'>, method: MethodName, principal: Principal, input: unknown): void {
  if (!isStaffAction(method)) return;
  const detail: Record<string, string | number | boolean> = {};
  for (const field of auditedFields) {
    const value: unknown = typeof input === 'object' && input !== null ? Reflect.get(input, field) : undefined;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') detail[field] = value;
  }
  audit.record({ staffId: actorOf(principal), device: principal.device ?? principal.role, action: method, detail });
}
