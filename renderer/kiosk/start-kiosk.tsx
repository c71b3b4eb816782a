// The customer app: builds the kiosk's state, connects it to the host and renders its screens.
import type { i18n } from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { HostClient } from '../kit/host/host-client.ts';
import { systemTimers } from '../kit/timers.ts';
import { followDisplayModes } from './accessibility/display-modes.ts';
import { connectKiosk } from './connect-kiosk.ts';
import { createKiosk } from './create-kiosk.ts';
import { KioskContext } from './kiosk-context.ts';
import { KioskScreens } from './KioskScreens.tsx';

export function startKiosk(root: HTMLElement, host: HostClient, i18n: i18n): void {
  const kiosk = createKiosk({ host, i18n, timers: systemTimers, now: () => Date.now() });
  connectKiosk(kiosk);
  followDisplayModes(kiosk, document.documentElement);
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <KioskContext value={kiosk}>
          <KioskScreens />
        </KioskContext>
      </I18nextProvider>
    </StrictMode>,
  );
}
