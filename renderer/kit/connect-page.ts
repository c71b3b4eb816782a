// What the kiosk page's apps (the customer screens, the waiting board) start from: the translator,
// with the document's lang and dir following it, and the host client over whichever bridge the
// page has.
import type { i18n } from 'i18next';
import { findHostBridge } from './host/find-host-bridge.ts';
import { createHostClient, type HostClient } from './host/host-client.ts';
import { createKioskI18n } from './i18n/create-i18n.ts';
import { followDocumentLanguage } from './i18n/document-language.ts';

export function connectPage(page: Window): { host: HostClient; i18n: i18n } {
  const translator = createKioskI18n('es');
  followDocumentLanguage(translator, page.document.documentElement);
  return { host: createHostClient(findHostBridge(page)), i18n: translator };
}
