// What the kiosk page's apps (the customer screens, the waiting board) start from: the translator,
// with the document's lang and dir following it, the host client over whichever bridge the page
// has, and the hold on its events (a board reads again whenever its event socket opens again).
import type { i18n } from 'i18next';
import type { EventConnection } from './host/browser-bridge.ts';
import { findHostConnection } from './host/find-host-bridge.ts';
import { createHostClient, type HostClient } from './host/host-client.ts';
import { createKioskI18n } from './i18n/create-i18n.ts';
import { followDocumentLanguage } from './i18n/document-language.ts';

export function connectPage(page: Window): { host: HostClient; events: EventConnection; i18n: i18n } {
  const translator = createKioskI18n('es');
  followDocumentLanguage(translator, page.document.documentElement);
  const { bridge, events } = findHostConnection(page);
  return { host: createHostClient(bridge), events, i18n: translator };
}
