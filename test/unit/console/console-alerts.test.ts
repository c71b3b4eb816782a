import { describe, expect, it, vi } from 'vitest';
import { acknowledgeAlert, acknowledgeOldestAlert } from '../../../renderer/console/alerts/alert-actions.ts';
import { followAlerts } from '../../../renderer/console/alerts/follow-alerts.ts';
import { followStore } from '../../../renderer/console/counter/follow-store.ts';
import { consoleRig, type ConsoleUnderTest } from './console-fixture.ts';

const alertsOf = (counter: ConsoleUnderTest) => counter.staffConsole.alerts.getState().alerts;

describe('the console alerts', () => {
  it('show a customer asking for a person at once, with a chime, and where: kiosk, screen and ticket', async () => {
    const rig = consoleRig();
    const counter = rig.openConsole();
    followAlerts(counter.staffConsole);
    await vi.waitFor(() => expect(counter.methods()).toContain('alerts.list'));
    const { ticket } = await rig.customer('help.request', { sessionId: null, screen: 'flow', reason: 'needHelp' });
    expect(alertsOf(counter)).toEqual([expect.objectContaining({ kind: 'help', reason: 'needHelp', screen: 'flow', ticketNumber: ticket.number })]);
    expect(counter.chimes()).toBe(1);
  });

  it('go from every console once one member of staff acknowledges', async () => {
    const rig = consoleRig();
    const here = rig.openConsole('ana');
    const there = rig.openConsole('luis');
    followAlerts(here.staffConsole);
    followAlerts(there.staffConsole);
    await rig.customer('help.request', { sessionId: null, screen: 'home', reason: 'preferPerson' });
    await rig.customer('help.request', { sessionId: null, screen: 'thanks', reason: 'preferPerson' });
    await vi.waitFor(() => expect(alertsOf(there)).toHaveLength(2));

    acknowledgeOldestAlert(here.staffConsole);
    await vi.waitFor(() => expect(alertsOf(there).map((alert) => alert.kind === 'help' && alert.screen)).toEqual(['thanks']));
    expect(alertsOf(here).map((alert) => alert.kind === 'help' && alert.screen)).toEqual(['thanks']);
  });

  it('take down an alert someone else acknowledged first, without a problem to show', async () => {
    const rig = consoleRig();
    const counter = rig.openConsole();
    followAlerts(counter.staffConsole);
    await rig.customer('help.request', { sessionId: null, screen: 'home', reason: 'preferPerson' });
    const [alert] = alertsOf(counter);
    // Taken down by another console while this one heard nothing of it.
    await rig.operator('alerts.acknowledge', { alert: alert?.id ?? '' });
    counter.staffConsole.alerts.getState().arrived(alert!);
    await acknowledgeAlert(counter.staffConsole, alert?.id ?? '');
    expect(counter.staffConsole.alerts.getState()).toMatchObject({ alerts: [], problem: null });
  });

  it('are read again, with a chime for the new ones, when the event socket opens again', async () => {
    const rig = consoleRig();
    const counter = rig.openConsole();
    await rig.customer('help.request', { sessionId: null, screen: 'home', reason: 'preferPerson' });
    followAlerts(counter.staffConsole);
    await vi.waitFor(() => expect(alertsOf(counter)).toHaveLength(1));
    expect(counter.chimes()).toBe(1);
    counter.reopenEvents();
    await vi.waitFor(() => expect(counter.methods().filter((method) => method === 'alerts.list')).toHaveLength(2));
    expect(counter.chimes()).toBe(1);
  });

  it('are cleared when the console stops following them (signed out)', async () => {
    const rig = consoleRig();
    const counter = rig.openConsole();
    const stop = followAlerts(counter.staffConsole);
    await rig.customer('help.request', { sessionId: null, screen: 'home', reason: 'preferPerson' });
    stop();
    expect(alertsOf(counter)).toEqual([]);
  });
});

describe("the console's picture of the store", () => {
  it("reads the store's languages, counters, services and printer, and follows the board", async () => {
    const rig = consoleRig();
    const counter = rig.openConsole();
    followStore(counter.staffConsole);
    await vi.waitFor(() => expect(counter.staffConsole.queue.getState().board).not.toBeNull());
    const { profile, board } = counter.staffConsole.queue.getState();
    expect(profile?.languages.enabled).toEqual(['es', 'en', 'ar', 'fr']);
    expect(board?.board.counters.map((known) => known.id)).toEqual(['desk-1', 'desk-2', 'desk-3']);
    const version = board?.version ?? 0;
    await rig.operator('queue.takeTicket', { service: 'complaints' });
    expect(counter.staffConsole.queue.getState().board?.version).toBeGreaterThan(version);
  });
});
