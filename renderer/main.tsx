// Starts the renderer: finds the host bridge, sets up translation and the kiosk's state, and
// renders the customer screens.

// Tokens and shared pieces first: each screen's own styles build on them.
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { isBoardView } from './board/board-view.ts';
import { WaitingBoard } from './board/WaitingBoard.tsx';
import { findHostBridge } from './host/find-host-bridge.ts';
import { createHostClient } from './host/host-client.ts';
import { createKioskI18n } from './i18n/create-i18n.ts';
import { followDocumentLanguage } from './i18n/document-language.ts';
import { connectKiosk } from './kiosk/connect-kiosk.ts';
import { createKiosk } from './kiosk/create-kiosk.ts';
import { KioskContext } from './kiosk/kiosk-context.ts';
import { KioskScreens } from './kiosk/KioskScreens.tsx';
import { lockDownPage } from './kiosk/lockdown.ts';
import { systemTimers } from './kiosk/timers.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

lockDownPage(window);
const i18n = createKioskI18n('es');
followDocumentLanguage(i18n, document.documentElement);
const host = createHostClient(findHostBridge(window));

if (isBoardView(window.location.search)) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <WaitingBoard host={host} />
      </I18nextProvider>
    </StrictMode>,
  );
} else {
  const kiosk = createKiosk({ host, i18n, timers: systemTimers, now: () => Date.now() });
  connectKiosk(kiosk);
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
