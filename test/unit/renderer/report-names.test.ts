// Every name a report shows comes from the locale files: each table, column and value of the
// catalogue, each screen a help request comes from, each report's heading, in every language
// Atiende is translated into; and the figures read with their units, counted as the language counts.
import { describe, expect, it } from 'vitest';
import { catalogueNames, reportValueIds } from '../../../shared/reports/report-catalogue.ts';
import { createReportLabeler } from '../../../shared/reports/report-labels.ts';
import { reportIds } from '../../../shared/reports/report-views.ts';
import { translatedLanguages } from '../../../shared/i18n/languages.ts';
import { screenSchema } from '../../../shared/usage/events.ts';
import { createKioskI18n, localeResources } from '../../../renderer/kit/i18n/create-i18n.ts';
import { sampleReportSet } from '../../fixtures/sample-report-set.ts';

type Texts = { [key: string]: string | Texts };

function textAt(texts: Texts, key: string): string | undefined {
  const found = key.split('.').reduce<string | Texts | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), texts);
  return typeof found === 'string' ? found : undefined;
}

const { tables, columns } = catalogueNames();
const named = [
  ...tables.map((table) => `reports.tables.${table}`),
  ...columns.map((column) => `reports.columns.${column}`),
  ...Object.entries(reportValueIds).flatMap(([unit, ids]) => ids.map((id) => `reports.values.${unit}.${id}`)),
  ...screenSchema.options.map((screen) => `reports.values.screen.${screen}`),
  ...reportIds.map((report) => `reports.titles.${report}`),
  'reports.period.week',
  ...['title', 'store', 'range', 'generated', 'timeZone', 'contents'].map((part) => `reports.document.${part}`),
];

describe('the report names', () => {
  it.each(translatedLanguages)('are all there in %s, none empty', (language) => {
    const texts = localeResources[language].translation as Texts;
    expect(named.filter((key) => !textAt(texts, key)?.trim())).toEqual([]);
  });

  it('cover the whole catalogue', () => {
    expect(tables).toContain('sessionHeatmap');
    expect(named.length).toBeGreaterThan(150);
  });

  it('write figures with their units, counted as each language counts', () => {
    const set = sampleReportSet();
    const label = (language: 'es' | 'en' | 'ar' | 'fr') => {
      const translator = createKioskI18n(language);
      return createReportLabeler(set, (key, options) => translator.t(key, options ?? {}), language);
    };
    const seconds = { id: 'medianSeconds', unit: 'seconds' } as const;
    const minutes = { id: 'medianWaitMinutes', unit: 'minutes' } as const;
    expect(label('en').cell(seconds, 1)).toBe('1 second');
    expect(label('en').cell(seconds, 85)).toBe('85 seconds');
    expect(label('es').cell(minutes, 4.25)).toBe('4,3 minutos');
    expect(label('fr').cell({ id: 'runningHours', unit: 'hours' }, 1)).toBe('1,0 heure');
    expect(label('ar').cell(minutes, 3)).toBe('3.0 دقائق');
    expect(label('en').period('2026-W11')).toBe('Week 11, 2026');
    expect(label('es').cell({ id: 'kind', unit: 'kind' }, 'pilot')).toBe('En prueba');
    expect(label('fr').cell({ id: 'screen', unit: 'screen' }, 'flow')).toBe('Dans un service');
  });
});
