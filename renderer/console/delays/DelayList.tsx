// The delay notices customers see on the kiosk and the board, each with its service and when it
// was posted, and the buttons to post one (Y) or take one down.
import { useTranslation } from 'react-i18next';
import { useConsole, useConsoleSlice } from '../console-context.ts';
import { runCommand } from '../counter/desk-commands.ts';
import { useDesk } from '../counter/desk-context.ts';
import { shortcuts } from '../counter/shortcuts.ts';
import { useAvailability } from '../counter/use-availability.ts';
import { ConsoleButton } from '../../kit/frame/ConsoleButton.tsx';
import { useClockTime, useStoreText } from '../use-store-text.ts';
import '../frame/console-panel.css';
import './delay-list.css';

export function DelayList() {
  const { t } = useTranslation();
  const staffConsole = useConsole();
  const desk = useDesk();
  const text = useStoreText();
  const clock = useClockTime();
  const available = useAvailability();
  const delays = useConsoleSlice('queue', (queue) => queue.view?.delays ?? null);
  const services = useConsoleSlice('queue', (queue) => queue.board?.board.services);
  if (!delays) return null;
  const serviceName = (id: string | null) => {
    if (id === null) return t('console.delays.wholeStore');
    const service = services?.find((known) => known.id === id);
    return service ? text(service.name) : id;
  };
  return (
    <section className="console-panel" aria-labelledby="delays-title">
      <div className="delay-list__head">
        <h2 id="delays-title" className="console-panel__title">
          {t('console.delays.title')}
        </h2>
        <ConsoleButton shortcut={shortcuts.postDelay} disabled={!available.postDelay} onClick={() => runCommand(staffConsole, desk, 'postDelay')}>
          {t('console.actions.postDelay')}
        </ConsoleButton>
      </div>
      {delays.length === 0 ? (
        <p className="console-panel__note">{t('console.delays.none')}</p>
      ) : (
        <ul className="delay-list">
          {delays.map((delay) => (
            <li key={delay.id} className="delay-list__item">
              <p className="delay-list__reason">{text(delay.reason)}</p>
              <p className="delay-list__about">
                {serviceName(delay.service)} · {t('console.delays.posted', { time: clock(delay.postedAt) })}
              </p>
              <ConsoleButton
                disabled={!available.clearDelay}
                aria-label={t('console.delays.clearNamed', { reason: text(delay.reason) })}
                onClick={() => void desk.clearDelay(delay.id)}
              >
                {t('console.actions.clearDelay')}
              </ConsoleButton>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
