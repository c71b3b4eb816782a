// Reading coach-mark tutorials on the kiosk as a customer and a screen reader meet them: the
// offer, the tip dialog, and the tutorial events of the usage log.
import type { Locator, Page } from '@playwright/test';
import type { Kiosk } from './kiosk.ts';
import { textsOf } from './screens.ts';

const t = textsOf('en');

/** The first-use offer under a step's heading ("New here?"). */
export function firstUseOffer(page: Page): Locator {
  return page.getByRole('group', { name: t('tutorial.offer.firstUse') });
}

/** The offer made to a customer who seems stuck ("Not sure what to do here?"). */
export function hesitationOffer(page: Page): Locator {
  return page.getByRole('group', { name: t('tutorial.offer.hesitation') });
}

/** A coach mark's tooltip, named by its count ("Tip 2 of 3", or "Tip" alone). */
export function tip(page: Page): Locator {
  return page.getByRole('dialog', { name: /^Tip( \d of \d)?$/ });
}

/** The tour's spotlight follows the layout 100 ms late (react-joyride): let it settle for screenshots. */
export const spotlightSettles = { settleMs: 400 };

/** The tutorial and hesitation events of the log, in order. */
export function tutorialEvents(kiosk: Kiosk): Record<string, unknown>[] {
  return kiosk
    .usageEvents()
    .filter((event) => event.type.startsWith('tutorial.') || event.type === 'hesitation.detected')
    .map((event) => event.payload);
}
