// A ticket followed live: its status read at once and again on every queue change the host
// pushes, with the board's order of service; answers that arrive out of order never win.
import { useEffect, useState } from 'react';
import type { BoardView, TicketStatusView } from '../../../shared/host-api/queue-views.ts';
import type { HostClient } from '../../kit/host/host-client.ts';

export interface FollowedTicket {
  status: TicketStatusView | null;
  board: BoardView | null;
}

export function useTicketStatus(host: HostClient, ticketId: string | null): FollowedTicket {
  const [followed, setFollowed] = useState<FollowedTicket>({ status: null, board: null });

  useEffect(() => {
    if (ticketId === null) return;
    let asked = 0;
    let stopped = false;
    const refresh = () => {
      asked += 1;
      const question = asked;
      // A failed read keeps what is shown: the next queue change asks again.
      host.call('queue.ticket', { ticketId }).then(
        ({ ticket }) => {
          if (!stopped && question === asked) setFollowed((current) => ({ ...current, status: ticket }));
        },
        () => undefined,
      );
    };
    refresh();
    host.call('queue.board', {}).then(
      ({ board }) => {
        if (!stopped) setFollowed((current) => ({ ...current, board }));
      },
      () => undefined,
    );
    const unsubscribe = host.on('queue.changed', ({ board }) => {
      setFollowed((current) => ({ ...current, board }));
      refresh();
    });
    return () => {
      stopped = true;
      unsubscribe();
    };
  }, [host, ticketId]);

  return followed;
}
