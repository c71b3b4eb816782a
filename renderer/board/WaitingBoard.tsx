// The waiting board on the second display: the store, the time, and what the kiosk offers, in
// each of the store's languages in turn. Nothing on it is personal; nobody touches it.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskState } from '../../shared/host-api/contract.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import type { HostClient } from '../host/host-client.ts';
import { toProblem } from '../host/host-call-error.ts';
import '../styles/board.css';

export const languageRotationMs = 8000;

export function WaitingBoard({ host }: { host: HostClient }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<KioskState | null>(null);
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    host.call('kiosk.state', {}).then(setState, (error: unknown) => setState({ state: 'outOfService', problem: toProblem(error) }));
    return host.on('kiosk.stateChanged', setState);
  }, [host]);

  useEffect(() => {
    const clock = setInterval(() => setNow(new Date()), 15_000);
    return () => clearInterval(clock);
  }, []);

  const languages = useMemo(() => (state?.state === 'ready' ? state.profile.languages.enabled : []), [state]);
  useEffect(() => {
    if (languages.length < 2) return;
    const rotation = setInterval(() => {
      const next = languages[(languages.indexOf(i18n.language as Language) + 1) % languages.length];
      if (next) void i18n.changeLanguage(next);
    }, languageRotationMs);
    return () => clearInterval(rotation);
  }, [languages, i18n]);

  const time = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' }).format(now);
  return (
    <div className="board" data-screen="board">
      <header className="board__header">
        <p className="board__store">{state?.state === 'ready' ? state.profile.storeName : ''}</p>
        <p className="board__time">
          <time dateTime={now.toISOString()}>{time}</time>
        </p>
      </header>
      <main className="board__main">
        {state?.state === 'outOfService' ? (
          <h1 className="board__title">{t('outOfService.title')}</h1>
        ) : (
          <>
            <h1 className="board__title">{t('board.title')}</h1>
            <p className="board__lead">{t('board.selfService')}</p>
            <p className="board__lead board__lead--person">{t('board.person')}</p>
          </>
        )}
      </main>
    </div>
  );
}
