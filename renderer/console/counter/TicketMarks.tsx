// What sets a ticket apart in line, in words: a priority class, an appointment and its time, a
// customer who asked for a person or came to complain, a ticket sent to this counter alone.
import { useTranslation } from 'react-i18next';
import type { CounterQueueView } from '../../../shared/host-api/queue-views.ts';
import { useConsoleSlice } from '../console-context.ts';
import { useClockTime, useStoreText } from '../use-store-text.ts';
import './ticket-marks.css';

type MarkedTicket = Pick<CounterQueueView['waiting'][number], 'kind' | 'priority'> &
  Partial<Pick<CounterQueueView['waiting'][number], 'appointmentAt' | 'forThisCounter'>>;

export function TicketMarks({ ticket }: { ticket: MarkedTicket }) {
  const { t } = useTranslation();
  const text = useStoreText();
  const clock = useClockTime();
  const priorities = useConsoleSlice('queue', (queue) => queue.board?.board.orderRule.priorityClasses);
  const priority = ticket.priority === null ? null : priorities?.find((known) => known.id === ticket.priority);
  const marks = [
    ...(ticket.priority === null ? [] : [{ key: 'priority', text: priority ? text(priority.name) : ticket.priority, strong: true }]),
    ...(ticket.appointmentAt
      ? [{ key: 'appointment', text: t('console.marks.appointmentAt', { time: clock(ticket.appointmentAt) }), strong: true }]
      : ticket.kind === 'appointment'
        ? [{ key: 'appointment', text: t('console.marks.appointment'), strong: true }]
        : []),
    ...(ticket.kind === 'help' || ticket.kind === 'complaint' ? [{ key: ticket.kind, text: t(`console.marks.${ticket.kind}`), strong: false }] : []),
    ...(ticket.forThisCounter ? [{ key: 'forThisCounter', text: t('console.marks.forThisCounter'), strong: false }] : []),
  ];
  if (marks.length === 0) return null;
  return (
    <span className="ticket-marks">
      {marks.map((mark) => (
        <span key={mark.key} className={mark.strong ? 'ticket-mark ticket-mark--strong' : 'ticket-mark'}>
          {mark.text}
        </span>
      ))}
    </span>
  );
}
