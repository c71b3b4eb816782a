// Prints every ticket the queue issues to a customer, and never lets a printer stand between a
// customer and their place in line: a failed print still returns the ticket (shown on screen with
// its QR code), logs the failure and alerts staff.
import { followUrl } from '../../../shared/config/printer-config.ts';
import { textIn } from '../../../shared/config/localized-text.ts';
import { HostError, type HostErrorPayload } from '../../../shared/host-api/errors.ts';
import type { IssuedTicketView, TicketPrint } from '../../../shared/host-api/queue-views.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import type { TicketEstimate, TicketPrinter } from '../devices/printer/ticket-printer.ts';
import { ticketLabels } from '../devices/printer/ticket-labels.ts';
import type { QueueSystem } from './queue-system.ts';

export interface TicketPrintingDeps {
  printer: TicketPrinter | null;
  followUrlTemplate: string | undefined;
  store: { id: string; name: string; defaultLanguage: Language };
  /** The customer's language for a session, the store's default outside one. */
  languageOf: (sessionId: string | null) => Language;
  now: () => Date;
  /** The ticket could not be printed: log it and tell staff. */
  onPrintFailed: (problem: HostErrorPayload, ticketNumber: string) => void;
}

export function withTicketPrinting(queue: QueueSystem, deps: TicketPrintingDeps): QueueSystem {
  const { printer, store } = deps;

  async function printed(ticket: IssuedTicketView, sessionId: string | null): Promise<IssuedTicketView> {
    const link = followUrl(deps.followUrlTemplate, ticket.number, store.id) ?? null;
    if (!printer) return { ...ticket, print: { status: 'noPrinter' }, followUrl: link };
    const language = deps.languageOf(sessionId);
    const texts = (lang: Language) => ({ language: lang, serviceName: textIn(ticket.queueService, lang, store.defaultLanguage), labels: ticketLabels(lang) });
    let print: TicketPrint;
    try {
      await printer.print({
        ...texts(language),
        fallback: texts(store.defaultLanguage),
        storeName: store.name,
        ticketNumber: ticket.number,
        issuedAt: deps.now(),
        estimate: printedEstimate(ticket.estimate),
        ...(link ? { followUrl: link } : {}),
      });
      print = { status: 'printed' };
    } catch (error) {
      const problem = error instanceof HostError ? error.toPayload() : new HostError('printer.failed').toPayload();
      deps.onPrintFailed(problem, ticket.number);
      print = { status: 'failed', problem };
    }
    return { ...ticket, print, followUrl: link };
  }

  return {
    ...queue,
    takeTicket: async (request) => printed(await queue.takeTicket(request), request.sessionId),
    checkIn: async (code, sessionId, takenBy) => {
      const checkedIn = await queue.checkIn(code, sessionId, takenBy);
      return { ...checkedIn, ticket: await printed(checkedIn.ticket, sessionId) };
    },
  };
}

function printedEstimate(estimate: IssuedTicketView['estimate']): TicketEstimate {
  if (estimate.kind === 'now') return { nowServing: true };
  if (estimate.kind === 'unsure') return { unsure: true };
  return { lowMinutes: estimate.lowMinutes, highMinutes: estimate.highMinutes };
}
