// The page's one entry: locks the page down, finds the host bridge, sets up translation, then
// loads the app this window shows (each app its own chunk): the waiting board for `?view=board`
// (kept in the query so it survives the browser shell's removal of the fragment), else the kiosk.

// Design tokens first: every app's styles build on them.
import './kit/base.css';
import { findHostBridge } from './kit/host/find-host-bridge.ts';
import { createHostClient } from './kit/host/host-client.ts';
import { createKioskI18n } from './kit/i18n/create-i18n.ts';
import { followDocumentLanguage } from './kit/i18n/document-language.ts';
import { lockDownPage } from './kit/lockdown.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

lockDownPage(window);
const i18n = createKioskI18n('es');
followDocumentLanguage(i18n, document.documentElement);
const host = createHostClient(findHostBridge(window));

if (new URLSearchParams(window.location.search).get('view') === 'board') {
  const { startBoard } = await import('./board/start-board.tsx');
  startBoard(root, host, i18n);
} else {
  const { startKiosk } = await import('./kiosk/start-kiosk.tsx');
  startKiosk(root, host, i18n);
}
