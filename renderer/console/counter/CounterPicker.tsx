// Staff pick the counter they sit at: every counter of the store with its state and services, the
// one this browser used last marked and focused, so coming back is one key.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsole, useConsoleSlice } from '../console-context.ts';
import { ConsolePage } from '../frame/ConsolePage.tsx';
import { useStoreText } from '../use-store-text.ts';
import { SignOutButton } from '../sign-in/SignOutButton.tsx';
import { ConsoleHeader } from '../frame/ConsoleHeader.tsx';
import { staffOf } from '../../kit/staff/session-store.ts';
import './counter-picker.css';

export function CounterPicker() {
  const { t } = useTranslation();
  const staffConsole = useConsole();
  const text = useStoreText();
  const board = useConsoleSlice('queue', (queue) => queue.board?.board ?? null);
  const problem = useConsoleSlice('queue', (queue) => queue.problem);
  const remembered = useConsoleSlice('counterChoice', (choice) => choice.counter);
  const staff = useConsoleSlice('session', staffOf);
  const rememberedButton = useRef<HTMLButtonElement>(null);
  const serviceName = (id: string) => {
    const service = board?.services.find((candidate) => candidate.id === id);
    return service ? text(service.name) : id;
  };
  const loaded = board !== null;
  useEffect(() => {
    if (loaded) rememberedButton.current?.focus();
  }, [loaded]);

  return (
    <ConsolePage
      screen="console-counters"
      alerts
      header={
        <ConsoleHeader title={t('console.counters.title')} staffName={staff?.name}>
          <SignOutButton />
        </ConsoleHeader>
      }
    >
      <div className="counter-picker">
        <p className="counter-picker__lead">{t('console.counters.lead')}</p>
        {!board ? (
          <p className="counter-picker__note" aria-live="polite">
            {problem ? t(`errors.${problem.code}`, problem.params) : t('console.counters.loading')}
          </p>
        ) : board.counters.length === 0 ? (
          <p className="counter-picker__note">{t('console.counters.none')}</p>
        ) : (
          <ul className="counter-picker__list">
            {board.counters.map((counter) => (
              <li key={counter.id}>
                <button
                  ref={counter.id === remembered ? rememberedButton : undefined}
                  type="button"
                  className={counter.id === remembered ? 'counter-picker__counter counter-picker__counter--remembered' : 'counter-picker__counter'}
                  aria-describedby={`counter-${counter.id}-details`}
                  onClick={() => staffConsole.counterChoice.getState().chose(counter.id)}
                >
                  <span className="counter-picker__label">{t('console.counters.counter', { label: counter.label })}</span>
                  <span id={`counter-${counter.id}-details`} className="counter-picker__details">
                    <span className={`counter-picker__status counter-picker__status--${counter.status}`}>{t(`console.status.${counter.status}`)}</span>
                    <span>{counter.services.map(serviceName).join(' · ')}</span>
                    {counter.id === remembered ? <span className="counter-picker__last">{t('console.counters.lastUsed')}</span> : null}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </ConsolePage>
  );
}
