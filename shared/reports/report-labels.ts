// How a report's tables read in a manager's language: table and column names from the locale files,
// the store's own names for its flows, steps, services and categories, and figures formatted for the
// language. The back office, the HTML and PDF report and the CSV files all read tables through this.
import { textIn } from '../config/localized-text.ts';
import { languageNames, type Language } from '../i18n/languages.ts';
import type { ReportCell, ReportColumn, ReportNames, ReportSet } from './report-views.ts';

/** The one thing this needs of i18next: a key (with options) to its text in the chosen language. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface ReportLabeler {
  table(id: string): string;
  column(id: string): string;
  /** A cell as a person reads it: a name, or a figure formatted for the language; an em dash for none. */
  cell(column: ReportColumn, cell: ReportCell): string;
  /** A cell for a spreadsheet: names as `cell` gives them, figures as plain numbers (a dot for decimals). */
  plainCell(column: ReportColumn, cell: ReportCell): string;
  /** A period (`2026-03-14`, `2026-W11`, `2026-03`) as the language writes it. */
  period(id: string): string;
}

const storeNamed = { flow: 'flows', step: 'steps', service: 'services', category: 'categories' } as const satisfies Partial<Record<ReportColumn['unit'], keyof ReportNames>>;

export function createReportLabeler(set: Pick<ReportSet, 'names'>, t: Translate, language: Language, fallback: Language = 'es'): ReportLabeler {
  // Pseudo-English tests the screens; numbers and dates follow English there.
  const locale = language === 'en-XA' ? 'en' : language;
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });

  function name(column: ReportColumn, id: string): string {
    const unit = column.unit;
    if (unit in storeNamed) {
      const text = set.names[storeNamed[unit as keyof typeof storeNamed]][id];
      return text ? textIn(text, language, fallback) : id;
    }
    if (unit === 'language') return id in languageNames ? languageNames[id as Language] : id;
    if (unit === 'period') return period(id);
    if (unit === 'code') return id;
    return t(`reports.values.${unit}.${id}`, { defaultValue: id });
  }

  function period(id: string): string {
    const week = /^(\d{4})-W(\d{2})$/.exec(id);
    if (week) return t('reports.period.week', { week: Number(week[2]), year: week[1] });
    if (/^\d{4}-\d{2}$/.test(id)) return month.format(new Date(`${id}-01T12:00:00Z`));
    if (/^\d{4}-\d{2}-\d{2}$/.test(id)) return day.format(new Date(`${id}T12:00:00Z`));
    return id;
  }

  function figure(column: ReportColumn, value: number): string {
    switch (column.unit) {
      case 'weekday':
        // 2024-01-01 was a Monday: weekday 1.
        return weekday.format(new Date(Date.UTC(2024, 0, value)));
      case 'hour':
        return `${String(value).padStart(2, '0')}:00`;
      case 'share':
        return percent.format(value);
      case 'seconds':
        return t('reports.units.seconds', { count: Math.round(value), value: whole.format(value) });
      case 'minutes':
        return t('reports.units.minutes', { count: value, value: oneDecimal.format(value) });
      case 'hours':
        return t('reports.units.hours', { count: value, value: oneDecimal.format(value) });
      case 'rating':
        return oneDecimal.format(value);
      default:
        return whole.format(value);
    }
  }

  return {
    table: (id) => t(`reports.tables.${id}`),
    column: (id) => t(`reports.columns.${id}`),
    cell(column, cell) {
      if (cell === null) return '—';
      return typeof cell === 'number' ? figure(column, cell) : name(column, cell);
    },
    plainCell(column, cell) {
      if (cell === null) return '';
      if (typeof cell === 'string') return name(column, cell);
      if (column.unit === 'weekday' || column.unit === 'hour') return figure(column, cell);
      return String(Math.round(cell * 10_000) / 10_000);
    },
    period,
  };
}
