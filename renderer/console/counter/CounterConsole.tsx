// The console at one counter: on the start side the ticket at the counter, the actions and the
// counter's own state; on the end side who waits for it, the counts per service, the delays. Kept
// live by the desk, which follows the counter while this shows.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsole, useConsoleSlice } from '../console-context.ts';
import { DelayList } from '../delays/DelayList.tsx';
import { ConsoleButton } from '../../kit/frame/ConsoleButton.tsx';
import { ConsoleHeader } from '../frame/ConsoleHeader.tsx';
import { ConsolePage } from '../frame/ConsolePage.tsx';
import { PrinterState } from '../printer/PrinterState.tsx';
import { staffOf } from '../../kit/staff/session-store.ts';
import { SignOutButton } from '../sign-in/SignOutButton.tsx';
import { ActionBar } from './ActionBar.tsx';
import { CounterStatePanel } from './CounterStatePanel.tsx';
import { CounterStatusBadge } from './CounterStatusBadge.tsx';
import { createCounterDesk } from './counter-desk.ts';
import { DeskContext } from './desk-context.ts';
import { DeskDialogs } from './DeskDialogs.tsx';
import { DeskNotice } from './DeskNotice.tsx';
import { ServedFollowUp } from './ServedFollowUp.tsx';
import { ServiceCounts } from './ServiceCounts.tsx';
import { ServingPanel } from './ServingPanel.tsx';
import { shortcuts } from './shortcuts.ts';
import { useDeskShortcuts } from './use-desk-shortcuts.ts';
import { WaitingList } from './WaitingList.tsx';
import './counter-console.css';

export function CounterConsole({ counter }: { counter: string }) {
  const { t } = useTranslation();
  const staffConsole = useConsole();
  const desk = useMemo(() => createCounterDesk(staffConsole, counter), [staffConsole, counter]);
  useEffect(() => desk.follow(), [desk]);
  useDeskShortcuts(desk);

  const staff = useConsoleSlice('session', staffOf);
  const label = useConsoleSlice('queue', (queue) => queue.board?.board.counters.find((known) => known.id === counter)?.label ?? null);
  const status = useConsoleSlice('queue', (queue) => queue.view?.counter.status ?? null);
  const followUp = useConsoleSlice('desk', (state) => state.followUp !== null);

  return (
    <DeskContext value={desk}>
      <ConsolePage
        screen="console-counter"
        alerts
        header={
          <ConsoleHeader
            title={label === null ? t('console.title') : t('console.counters.counter', { label })}
            status={status ? <CounterStatusBadge status={status} /> : null}
            staffName={staff?.name}
          >
            <ConsoleButton look="onNight" shortcut={shortcuts.shortcuts} onClick={() => staffConsole.desk.getState().dialogOpened('shortcuts')}>
              {t('console.actions.shortcuts')}
            </ConsoleButton>
            <ConsoleButton look="onNight" onClick={() => staffConsole.counterChoice.getState().changeRequested()}>
              {t('console.counters.change')}
            </ConsoleButton>
            <SignOutButton />
          </ConsoleHeader>
        }
      >
        <div className="counter-console">
          <div className="counter-console__work">
            <ServingPanel />
            {/* The follow-up takes the actions' place until it is answered or skipped: nothing on the page moves. */}
            {followUp ? <ServedFollowUp /> : <ActionBar />}
            <DeskNotice />
            <CounterStatePanel />
            <PrinterState />
          </div>
          <div className="counter-console__queue">
            <WaitingList />
            <ServiceCounts />
            <DelayList />
          </div>
        </div>
        <DeskDialogs />
      </ConsolePage>
    </DeskContext>
  );
}
