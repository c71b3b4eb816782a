// "Prefer a person?" from any screen: staff hear of it at once, and the customer gets a ticket in
// the store's help service, even when the kiosk can do nothing else for them.
import type { EventPayload } from '../../../shared/host-api/contract.ts';
import type { DomainHandlers } from '../api/dispatcher.ts';
import type { QueueSystem } from '../queue/queue-system.ts';
import type { Sessions } from '../session/sessions.ts';
import type { UsageLog } from '../usage/usage-log.ts';

export interface HelpDeps {
  sessions: Sessions;
  usageLog: UsageLog;
  now: () => Date;
  emit: (event: 'staff.helpRequested', payload: EventPayload<'staff.helpRequested'>) => void;
  /** The queue and its help service; answers kiosk.outOfService itself when the config was refused. */
  helpQueue: () => { queue: QueueSystem; helpService: string };
}

export function helpHandlers({ sessions, usageLog, now, emit, helpQueue }: HelpDeps): DomainHandlers<'help'> {
  return {
    'help.request': async ({ sessionId, screen }) => {
      // A session id must be one this host handed out: nothing forged reaches the log.
      if (sessionId !== null) sessions.open(sessionId);
      // Staff hear of it even when the kiosk is out of service and has no queue to give a ticket for.
      usageLog.append(sessionId, { type: 'help.requested', screen });
      emit('staff.helpRequested', { screen, at: now().toISOString() });
      const { queue, helpService } = helpQueue();
      return { ticket: await queue.takeTicket({ service: helpService, kind: 'help', sessionId }) };
    },
  };
}
