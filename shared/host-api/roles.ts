// Who calls the host. A caller's principal comes from the transport that carried the call (the
// window, the token, the staff member's session cookie), never from the call's input; the
// contract says which roles may call each method and receive each event, and the dispatcher checks it.

export const roles = ['customer', 'board', 'staff', 'manager', 'operator'] as const;
export type Role = (typeof roles)[number];

export interface Principal {
  readonly role: Role;
  /** The signed-in staff member, for the staff and manager roles. */
  readonly staffId?: string;
  /** Where the call comes from, for the staff audit: the kiosk, a console's browser, the command line. */
  readonly device?: string;
  /**
   * A staff member signed in at the kiosk: the kiosk's own page then acts with their role too,
   * so staff help the customer on the same screens and switch modes from the staff bar.
   */
  readonly signedIn?: { readonly staffId: string; readonly role: 'staff' | 'manager' };
}

/** The sets of roles the contract grants its methods and events. */
export const rights = {
  /** Everyone who may reach the host at all: the queue and the kiosk's state are no secret. */
  anyone: roles,
  /** The customer screens, and the operator who may call anything. */
  customers: ['customer', 'operator'],
  /** A ticket's holder and the staff who serve it. */
  ticketHolders: ['customer', 'staff', 'manager', 'operator'],
  /** Staff at a counter or at the kiosk, their managers, and the operator. */
  staff: ['staff', 'manager', 'operator'],
  /** Managers and the operator: the audit and the reports. */
  managers: ['manager', 'operator'],
  /** The screens that speak to customers (the kiosk, the waiting board), and the operator. */
  speakers: ['customer', 'board', 'operator'],
} as const satisfies Record<string, readonly Role[]>;

export function mayAct(allowed: readonly Role[], principal: Principal): boolean {
  return allowed.includes(principal.role) || (principal.signedIn !== undefined && allowed.includes(principal.signedIn.role));
}

/** Who the staff audit names for a call: the signed-in staff member, else the role (the operator). */
export function actorOf(principal: Principal): string | null {
  return principal.staffId ?? principal.signedIn?.staffId ?? (principal.role === 'operator' ? 'operator' : null);
}
