// The waiting board's live queue: read once, then kept current by the host's pushed updates (an
// older version never replaces a newer one), read again whenever the event socket opens again
// (updates pushed while it was closed are lost), with each call announced and highlighted.
import { useEffect, useRef, useState } from 'react';
import type { CallAnnouncement, QueueUpdate } from '../../shared/host-api/queue-views.ts';
import type { EventConnection } from '../kit/host/browser-bridge.ts';
import type { HostClient } from '../kit/host/host-client.ts';

/** How long a call stays highlighted across the board. */
const callHighlightMs = 10_000;

export interface QueueBoardState {
  update: QueueUpdate | null;
  /** The call highlighted now, if any. */
  call: CallAnnouncement | null;
}

export function useQueueBoard(host: HostClient, events: EventConnection, onCall: (call: CallAnnouncement) => void): QueueBoardState {
  const [update, setUpdate] = useState<QueueUpdate | null>(null);
  const [call, setCall] = useState<CallAnnouncement | null>(null);
  const announce = useRef(onCall);
  useEffect(() => {
    announce.current = onCall;
  }, [onCall]);

  useEffect(() => {
    const keepNewest = (next: QueueUpdate) => setUpdate((current) => (current && current.version > next.version ? current : next));
    // The board has no one to show an error to: an unreachable host leaves it as it was.
    const read = () => void host.call('queue.board', {}).then(keepNewest, () => undefined);
    read();
    let clear: ReturnType<typeof setTimeout> | undefined;
    const unsubscribers = [
      events.onOpen(read),
      host.on('queue.changed', keepNewest),
      host.on('queue.called', (announcement) => {
        setCall(announcement);
        announce.current(announcement);
        clearTimeout(clear);
        clear = setTimeout(() => setCall(null), callHighlightMs);
      }),
    ];
    return () => {
      clearTimeout(clear);
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }, [host, events]);

  return { update, call };
}
