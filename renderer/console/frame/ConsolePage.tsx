// Every console screen's frame: the alerts (once signed in) above everything, the header, then
// the screen's own content as the page's main region.
import type { ReactNode } from 'react';
import { AlertBanner } from '../alerts/AlertBanner.tsx';
import './console-page.css';

interface ConsolePageProps {
  /** Names the screen for tests and screenshots: data-screen. */
  screen: string;
  header: ReactNode;
  /** Signed in: staff see and hear alerts on every screen. */
  alerts: boolean;
  children: ReactNode;
}

export function ConsolePage({ screen, header, alerts, children }: ConsolePageProps) {
  return (
    <div className="console" data-screen={screen}>
      {alerts ? <AlertBanner /> : null}
      {header}
      <main className="console__main">{children}</main>
    </div>
  );
}
