// Which actions make sense at the counter right now, from its view: calling needs an open counter
// that is free, recall and no-show need a customer still walking up, pausing needs an open counter,
// the follow-up's answer needs a ticket just served. The host checks again; this keeps buttons
// honest and a stray key harmless.
import type { CounterQueueView } from '../../../shared/host-api/queue-views.ts';
import type { DeskAction, FollowUp } from './desk-store.ts';

export type Availability = Record<DeskAction, boolean>;

export function availableActions(view: CounterQueueView | null, followUp: FollowUp | null): Availability {
  const status = view?.counter.status ?? null;
  const open = status === 'open';
  // The ticket just served has left the counter, even while a view read before "served" still shows it.
  const serving = view?.serving && view.serving.id !== followUp?.id ? view.serving : null;
  const free = serving === null;
  const walking = serving !== null && serving.startedAt === null;
  return {
    callNext: open && free && (view?.waiting.length ?? 0) > 0,
    callTicket: open && free,
    recall: walking,
    startServing: walking,
    noShow: walking,
    served: serving !== null,
    recordOutcome: followUp !== null,
    transfer: view !== null,
    open: status !== null && status !== 'open',
    pause: open && free,
    close: status !== null && status !== 'closed' && free,
    postDelay: view !== null,
    clearDelay: view !== null,
  };
}
