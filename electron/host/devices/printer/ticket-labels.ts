// The printed ticket's words, from the kiosk's own locale files, so a ticket reads like the screen it came from.
import ar from '../../../../assets/locales/ar.json' with { type: 'json' };
import en from '../../../../assets/locales/en.json' with { type: 'json' };
import es from '../../../../assets/locales/es.json' with { type: 'json' };
import fr from '../../../../assets/locales/fr.json' with { type: 'json' };
import type { Language } from '../../../../shared/i18n/languages.ts';
import type { TicketLabels } from './ticket-layout.ts';

const labels: Record<Language, TicketLabels> = {
  es: es.ticketPrint,
  en: en.ticketPrint,
  ar: ar.ticketPrint,
  fr: fr.ticketPrint,
  // Pseudo-English tests the screen's layout; paper gets plain English.
  'en-XA': en.ticketPrint,
};

export function ticketLabels(language: Language): TicketLabels {
  return labels[language];
}
