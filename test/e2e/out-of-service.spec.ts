// A bad store config never crashes the kiosk: it shows why it is out of service, naming the field.
import { test, expect } from './support/kiosk.ts';
import { checkScreen, expectScreen, textsOf } from './support/screens.ts';

const badConfigs = [
  {
    name: 'malformed JSON',
    rewrite: (config: Record<string, unknown>) => JSON.stringify(config, null, 2).replace('"store": {', '"store": {,'),
    shows: ['store.json', textsOf('en')('errors.config.malformedJson', { file: 'store.json', line: 3, column: 13 }).split('(')[0]!.trim()],
  },
  {
    name: 'a missing field',
    rewrite: ({ languages: _languages, ...config }: Record<string, unknown>) => config,
    shows: ['store.json', 'languages'],
  },
  {
    name: 'a field of the wrong type',
    rewrite: (config: Record<string, unknown>) => ({ ...config, session: { idleSeconds: 'sixty', warningSeconds: 30 } }),
    shows: ['store.json', 'session.idleSeconds'],
  },
];

for (const bad of badConfigs) {
  test.describe(`with ${bad.name}`, () => {
    test.use({ storeConfig: { rewrite: bad.rewrite } });

    test('shows the out-of-service screen naming the problem', async ({ kioskPage: page, kiosk }) => {
      await expectScreen(page, 'out-of-service');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(textsOf('es')('outOfService.title'));
      for (const text of bad.shows) await expect(page.locator('[data-screen="out-of-service"]')).toContainText(text);
      await checkScreen(page, `out-of-service-${bad.name.replaceAll(' ', '-')}`);
      expect((await kiosk.usageEventsAfter('kiosk.configRejected')).length).toBeGreaterThan(0);
    });
  });
}
