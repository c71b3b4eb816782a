// Who calls the host. A caller's principal comes from the transport that carried the call (the
// window, the token, later the staff sign-in), never from the call's input; the contract says
// which roles may call each method and receive each event, and the dispatcher checks it.

export const roles = ['customer', 'board', 'staff', 'manager', 'operator'] as const;
export type Role = (typeof roles)[number];

export interface Principal {
  readonly role: Role;
  /** The signed-in staff member, for the staff and manager roles (staff sign-in fills it in). */
  readonly staffId?: string;
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
} as const satisfies Record<string, readonly Role[]>;

export function mayAct(allowed: readonly Role[], principal: Principal): boolean {
  return allowed.includes(principal.role);
}
