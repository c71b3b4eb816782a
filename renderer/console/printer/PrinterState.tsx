// The ticket printer as it last reported itself: ready, or what is wrong, and paper running low;
// staff see a problem before the next customer meets it.
import { useTranslation } from 'react-i18next';
import { useConsoleSlice } from '../console-context.ts';
import { useClockTime } from '../use-store-text.ts';
import '../frame/console-panel.css';
import './printer-state.css';

export function PrinterState() {
  const { t } = useTranslation();
  const clock = useClockTime();
  const printer = useConsoleSlice('queue', (queue) => queue.printer);
  const healthy = printer?.condition === 'ready' && !printer.paperNearEnd;
  return (
    <section className="console-panel printer-state" aria-labelledby="printer-title">
      <h2 id="printer-title" className="console-panel__title">
        {t('console.printer.title')}
      </h2>
      {printer ? (
        <p className={healthy ? 'printer-state__condition' : 'printer-state__condition printer-state__condition--attention'}>
          {t(`console.printer.conditions.${printer.condition}`)}
          {printer.paperNearEnd ? ` · ${t('console.printer.paperNearEnd')}` : ''}{' '}
          <span className="printer-state__checked">{t('console.printer.checked', { time: clock(printer.checkedAt) })}</span>
        </p>
      ) : (
        <p className="console-panel__note">{t('console.printer.none')}</p>
      )}
    </section>
  );
}
