// Pilot flows reach only the configured share of sessions, and their use is tagged.
import { test, expect } from './support/kiosk.ts';
import { checkScreen } from './support/screens.ts';
import { startSession } from './support/walk.ts';

test.describe('with no pilot share', () => {
  test.use({ storeConfig: { rewrite: (config) => ({ ...config, pilots: { share: 0 } }) } });

  test('hides the pilot flow', async ({ kioskPage: page, kiosk }) => {
    await startSession(page, 'en');
    await expect(page.getByRole('button', { name: /Collect an order/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /Top up a mobile/ })).toHaveCount(0);
    const started = (await kiosk.usageEventsAfter('session.started')).find((event) => event.type === 'session.started');
    expect(started?.payload).toMatchObject({ seesPilots: false });
    expect(kiosk.usageEvents().some((event) => event.type === 'pilot.exposed')).toBe(false);
  });
});

test.describe('with every session in the pilot', () => {
  test.use({ storeConfig: { rewrite: (config) => ({ ...config, pilots: { share: 1 } }) } });

  test('shows the pilot flow and logs the exposure', async ({ kioskPage: page, kiosk }) => {
    await startSession(page, 'en');
    await expect(page.getByRole('button', { name: /Top up a mobile/ })).toBeVisible();
    const exposed = (await kiosk.usageEventsAfter('pilot.exposed')).filter((event) => event.type === 'pilot.exposed');
    expect(exposed.map((event) => event.payload)).toEqual([{ type: 'pilot.exposed', flowId: 'mobile-topup', assisted: false }]);
  });
});

test.describe('in assisted mode', () => {
  test.use({ storeConfig: { rewrite: (config) => ({ ...config, pilots: { share: 0 } }) } });

  test('staff see the pilot and the assisted-only flows, under a band that says a person is helping', async ({ kioskPage: page, kiosk }) => {
    await startSession(page, 'en');
    await expect(page.getByRole('button', { name: /Return after the return period/ })).toHaveCount(0);
    await kiosk.call('kiosk.setAssisted', { assisted: true });

    await expect(page.getByRole('status').filter({ hasText: 'Assisted mode' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Top up a mobile/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /Return after the return period/ })).toBeVisible();
    await checkScreen(page, 'home-assisted');
    const exposed = (await kiosk.usageEventsAfter('pilot.exposed')).filter((event) => event.type === 'pilot.exposed');
    expect(exposed.map((event) => event.payload)).toEqual([{ type: 'pilot.exposed', flowId: 'mobile-topup', assisted: true }]);

    await kiosk.call('kiosk.setAssisted', { assisted: false });
    await expect(page.getByRole('button', { name: /Return after the return period/ })).toHaveCount(0);
    await expect(page.getByText('Assisted mode')).toHaveCount(0);
  });
});
