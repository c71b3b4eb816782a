// The waiting board on the second display: who is being served at which counter, the next numbers
// and the wait of each service, delays staff posted and the order of service, in each of the
// store's languages in turn. A call chimes, is highlighted and is spoken, one at a time. Numbers only: never a name.
import { useContext, useEffect, useMemo, useState } from 'react';
import { I18nContext, useTranslation } from 'react-i18next';
import type { KioskState } from '../../shared/host-api/contract.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import type { EventConnection } from '../kit/host/browser-bridge.ts';
import type { HostClient } from '../kit/host/host-client.ts';
import { toProblem } from '../kit/host/host-call-error.ts';
import { createBoardVoice } from './board-voice.ts';
import { BoardQueues } from './BoardQueues.tsx';
import { useQueueBoard } from './use-queue-board.ts';
import './board.css';

const languageRotationMs = 8000;

/**
 * Whether the board hears the host: `connecting` until its event socket first opens, then `live`,
 * or `lost` while it is closed (the board shows it is not up to date, and reads again when back).
 */
type Connection = 'connecting' | 'live' | 'lost';

export function WaitingBoard({ host, events }: { host: HostClient; events: EventConnection }) {
  const { t, i18n } = useTranslation();
  // The translator itself: useTranslation's i18n is a new wrapper at each change of language.
  const translator = useContext(I18nContext)?.i18n ?? i18n;
  const [state, setState] = useState<KioskState | null>(null);
  const [connection, setConnection] = useState<Connection>('connecting');
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    const read = () => void host.call('kiosk.state', {}).then(setState, (error: unknown) => setState({ state: 'outOfService', problem: toProblem(error) }));
    read();
    const unsubscribers = [
      host.on('kiosk.stateChanged', setState),
      events.onOpen(() => {
        setConnection('live');
        read();
      }),
      events.onClose(() => setConnection('lost')),
    ];
    return () => {
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }, [host, events]);

  useEffect(() => {
    const clock = setInterval(() => setNow(new Date()), 15_000);
    return () => clearInterval(clock);
  }, []);

  // Keyed on the list itself, not on the state object: a new state (staff signing in at the kiosk,
  // a closure) must not start the rotation's turn over, or a busy kiosk would hold one language.
  const languageList = state?.state === 'ready' ? state.profile.languages.enabled.join(' ') : '';
  const languages = useMemo(() => (languageList ? (languageList.split(' ') as Language[]) : []), [languageList]);
  useEffect(() => {
    if (languages.length < 2) return;
    const rotation = setInterval(() => {
      const next = languages[(languages.indexOf(i18n.language as Language) + 1) % languages.length];
      if (next) void i18n.changeLanguage(next);
    }, languageRotationMs);
    return () => clearInterval(rotation);
  }, [languages, i18n]);

  const voice = useMemo(() => createBoardVoice(host, translator), [host, translator]);
  useEffect(() => voice.follow(state), [voice, state]);
  useEffect(() => {
    voice.start();
    return () => voice.stop();
  }, [voice]);
  const { update, call } = useQueueBoard(host, events, (announcement) => voice.announce(announcement));

  const time = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' }).format(now);
  return (
    <div className="board" data-screen="board" data-live={connection === 'live' ? '' : undefined}>
      <header className="board__header">
        <p className="board__store">{state?.state === 'ready' ? state.profile.storeName : ''}</p>
        {connection === 'lost' ? <p className="board__offline">{t('board.offline')}</p> : null}
        <p className="board__time">
          <time dateTime={now.toISOString()}>{time}</time>
        </p>
      </header>
      <main className="board__main">
        <h1 className="visually-hidden">{t('board.title')}</h1>
        {state?.state === 'outOfService' ? (
          <p className="board__notice">{t('outOfService.title')}</p>
        ) : update ? (
          <BoardQueues
            board={update.board}
            calledNumber={call?.number ?? null}
            fallback={state?.state === 'ready' ? state.profile.languages.default : 'es'}
          />
        ) : null}
        <p className="board__lead board__lead--person">{t('board.person')}</p>
      </main>
      {/* Read out for screen readers too; the highlight is for the eyes across the room. */}
      <div className="board__call" role="status" aria-live="assertive">
        {call ? (
          <p className="board__call-text" data-number={call.number}>
            <span>{call.number}</span>
            <span>{t('board.counter', { label: call.counterLabel })}</span>
          </p>
        ) : null}
      </div>
    </div>
  );
}
