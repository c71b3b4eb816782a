// The waiting-board app: the queues, calls and waits on a second display or a store TV.
import type { i18n } from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { EventConnection } from '../kit/host/browser-bridge.ts';
import type { HostClient } from '../kit/host/host-client.ts';
import { WaitingBoard } from './WaitingBoard.tsx';

export function startBoard(root: HTMLElement, host: HostClient, events: EventConnection, i18n: i18n): void {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <WaitingBoard host={host} events={events} />
      </I18nextProvider>
    </StrictMode>,
  );
}
