// Staff's own host methods: signing in and out at the kiosk, who one is signed in as, the alerts
// that need someone, and (for managers) the staff audit.
import { HostError } from '../../../shared/host-api/errors.ts';
import { actorOf } from '../../../shared/host-api/roles.ts';
import type { StaffMemberView } from '../../../shared/host-api/staff-views.ts';
import type { DomainHandlers } from '../api/dispatcher.ts';
import type { StaffAlerts } from '../alerts/staff-alerts.ts';
import type { AuditLog } from '../staff/audit-log.ts';
import type { StaffAtKiosk } from './staff-at-kiosk.ts';

export interface StaffHandlersDeps {
  atKiosk: StaffAtKiosk;
  member: (staffId: string) => StaffMemberView | undefined;
  alerts: StaffAlerts;
  audit: Pick<AuditLog, 'read'>;
}

export function staffHandlers({ atKiosk, member, alerts, audit }: StaffHandlersDeps): DomainHandlers<'staff' | 'alerts' | 'audit'> {
  return {
    'staff.signInAtKiosk': async (attempt) => ({ staff: await atKiosk.signIn(attempt) }),
    'staff.signOutAtKiosk': () => {
      atKiosk.signOut('staff');
      return {};
    },
    'staff.me': (_input, principal) => {
      const staffId = principal.staffId ?? principal.signedIn?.staffId;
      const found = staffId === undefined ? undefined : member(staffId);
      if (!found) throw new HostError('staff.notSignedIn');
      return { staff: found };
    },
    'alerts.list': () => ({ alerts: alerts.list() }),
    'alerts.acknowledge': ({ alert }, principal) => {
      alerts.acknowledge(alert, actorOf(principal));
      return {};
    },
    'audit.read': (query) => ({ entries: audit.read(query) }),
  };
}
