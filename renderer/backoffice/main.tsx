// The back office's page entry, served by the host's store-network listener at /backoffice: finds
// the host (the manager's session cookie is the pass), sets up translation in the manager's own
// language, and starts the back office.
// Design tokens first: every style of the back office builds on them.
import '../kit/base.css';
import { browserMemory, pageStorage } from '../kit/browser-memory.ts';
import { findHostBridge } from '../kit/host/find-host-bridge.ts';
import { createHostClient } from '../kit/host/host-client.ts';
import { createKioskI18n } from '../kit/i18n/create-i18n.ts';
import { followDocumentLanguage } from '../kit/i18n/document-language.ts';
import { saveInBrowser } from '../kit/save-file.ts';
import { firstLanguage } from '../kit/staff/staff-language.ts';
import { systemTimers } from '../kit/timers.ts';
import { officeMemoryKeys } from './back-office.ts';
import { startBackOffice } from './start-back-office.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('backoffice.html has no #root');

const memory = browserMemory(pageStorage(window));
const i18n = createKioskI18n(firstLanguage(memory.read(officeMemoryKeys.language), navigator.languages));
followDocumentLanguage(i18n, document.documentElement);

startBackOffice(root, {
  host: createHostClient(findHostBridge(window)),
  fetch: (url, init) => window.fetch(url, init),
  i18n,
  memory,
  save: saveInBrowser(document),
  timers: systemTimers,
  now: () => Date.now(),
});
