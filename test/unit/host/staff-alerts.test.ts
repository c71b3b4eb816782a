import { describe, expect, it } from 'vitest';
import { createStaffAlerts } from '../../../electron/host/alerts/staff-alerts.ts';
import { createEventHub } from '../../../electron/host/api/event-hub.ts';

describe('the open alerts', () => {
  it('keeps at most 200 open alerts on a kiosk nobody attends, the oldest giving way', () => {
    const events = createEventHub();
    const alerts = createStaffAlerts({ now: () => new Date(), emit: events.emit });
    const raised = Array.from({ length: 205 }, (_, index) => alerts.raise({ kind: 'help', reason: 'preferPerson', kiosk: 'Kiosk', screen: 'home', ticketNumber: `A${index}` }));
    const open = alerts.list();
    expect(open).toHaveLength(200);
    expect(open[0]?.id).toBe(raised[5]?.id);
    expect(open.at(-1)?.id).toBe(raised[204]?.id);
  });
});
