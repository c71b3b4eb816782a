// The counter console's page entry, served by the host's store-network listener at /console:
// finds the host (no one-time code here: the staff member's session cookie is the pass), sets up
// translation in the staff member's own language, and starts the console.
// Design tokens first: every style of the console builds on them.
import '../kit/base.css';
import { findHostConnection } from '../kit/host/find-host-bridge.ts';
import { createHostClient } from '../kit/host/host-client.ts';
import { createKioskI18n } from '../kit/i18n/create-i18n.ts';
import { followDocumentLanguage } from '../kit/i18n/document-language.ts';
import { browserMemory, pageStorage } from '../kit/browser-memory.ts';
import { firstLanguage } from '../kit/staff/staff-language.ts';
import { systemTimers } from '../kit/timers.ts';
import { createAlertChime } from './alerts/alert-chime.ts';
import { memoryKeys } from './preferences.ts';
import { startConsole } from './start-console.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('console.html has no #root');

const memory = browserMemory(pageStorage(window));
const i18n = createKioskI18n(firstLanguage(memory.read(memoryKeys.language), navigator.languages));
followDocumentLanguage(i18n, document.documentElement);
// The tab's name follows the staff member's language too.
const nameTab = () => (document.title = `Atiende · ${i18n.t('console.title')}`);
nameTab();
i18n.on('languageChanged', nameTab);
const { bridge, events } = findHostConnection(window);

startConsole(root, {
  host: createHostClient(bridge),
  events,
  fetch: (url, init) => window.fetch(url, init),
  i18n,
  memory,
  chime: createAlertChime(),
  timers: systemTimers,
  now: () => Date.now(),
});
