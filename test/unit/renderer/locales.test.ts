import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { factIds, type FlowValues } from '../../../shared/flows/flow-actions.ts';
import { fieldOf, practiceValues, stepValueProblem } from '../../../shared/flows/flow-engine.ts';
import { flowStepSchema, type FlowStep } from '../../../shared/flows/flow-schema.ts';
import { auditActions, auditDetailKeys } from '../../../shared/host-api/audit-actions.ts';
import { complaintOutcomes } from '../../../shared/host-api/complaint-views.ts';
import { hostErrorCodes } from '../../../shared/host-api/errors.ts';
import { staffRoles } from '../../../shared/host-api/staff-views.ts';
import { pauseReasons } from '../../../shared/queue/queue-events.ts';
import { translatedLanguages } from '../../../shared/i18n/languages.ts';
import { qualityDimensionSchema } from '../../../shared/usage/events.ts';
import { benefits } from '../../../renderer/kiosk/attract/benefits.ts';
import { createKioskI18n, localeResources } from '../../../renderer/kit/i18n/create-i18n.ts';
import { chooseStep, enterNumberStep, scanStep } from '../../fixtures/flows.ts';
import { exampleStoreCopy, openSession, resultOf } from '../../fixtures/host.ts';
import { tempHost } from '../../fixtures/temp-host.ts';

const rendererDir = fileURLToPath(new URL('../../../renderer/', import.meta.url));

type Texts = { [key: string]: string | Texts };

/** Every key of a locale, with i18next's plural suffixes folded into the key the code asks for. */
function keysOf(texts: Texts, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`.replace(/_(zero|one|two|few|many|other)$/, '')] : keysOf(value, `${prefix}${key}.`),
  );
}

/** The keys in `wanted` that some language lacks, as "language: key". */
function missingKeys(wanted: readonly string[]): string[] {
  return translatedLanguages.flatMap((language) => {
    const keys = new Set(keysOf(localeResources[language].translation));
    return wanted.filter((key) => !keys.has(key)).map((key) => `${language}: ${key}`);
  });
}

/** Every text of a locale by its full key, plural suffixes kept. */
function textsByKey(texts: Texts, prefix = ''): Map<string, string> {
  return new Map(
    Object.entries(texts).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value] as const] : [...textsByKey(value, `${prefix}${key}.`)],
    ),
  );
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** The counted texts: the key the code asks for, with each plural form and its text. */
function pluralFamilies(texts: Texts): Map<string, Array<[form: string, text: string]>> {
  const families = new Map<string, Array<[string, string]>>();
  for (const [key, text] of textsByKey(texts)) {
    const form = pluralSuffix.exec(key)?.[1];
    if (!form) continue;
    const family = key.replace(pluralSuffix, '');
    families.set(family, [...(families.get(family) ?? []), [form, text]]);
  }
  return families;
}

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((match) => match[1] ?? '');
}

/** Whether a language's plural form is used for a single count only (English "one", Arabic "two"). */
function coversOneNumber(language: string, form: string): boolean {
  // i18next's "zero" is for 0 alone, in every language (Arabic's own zero category too).
  if (form === 'zero') return true;
  const rules = new Intl.PluralRules(language);
  return Array.from({ length: 1001 }, (_, count) => count).filter((count) => rules.select(count) === form).length === 1;
}

const translations = translatedLanguages.filter((language) => language !== 'en');

function rendererSources(dir = rendererDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}${entry.name}`;
    if (entry.isDirectory()) return rendererSources(`${path}/`);
    return /\.tsx?$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
  });
}

type ValueProblem = NonNullable<ReturnType<typeof stepValueProblem>>;

/**
 * A step and a value that make the engine name each problem a step screen shows. The Record type
 * makes the typecheck fail when the engine gains a problem this list does not name.
 */
const problemCauses: Record<ValueProblem, [FlowStep, string]> = (() => {
  const code = flowStepSchema.parse(scanStep({ rules: { normalize: 'upperAlphanumeric', pattern: '^[A-Z]', minLength: 3, maxLength: 6 } }));
  const card = flowStepSchema.parse(scanStep({ rules: { normalize: 'digits', checkDigit: 'luhn', minLength: 2, maxLength: 19 } }));
  const amount = flowStepSchema.parse(enterNumberStep({ min: 5, max: 100, decimals: 0 }));
  const service = flowStepSchema.parse(chooseStep());
  return {
    empty: [code, ''],
    tooShort: [code, 'AB'],
    tooLong: [code, 'ABCDEFG'],
    pattern: [code, '1ABC'],
    checkDigit: [card, '4111111111111112'],
    notANumber: [amount, '1O'],
    belowMin: [amount, '4'],
    aboveMax: [amount, '101'],
    tooPrecise: [amount, '10.5'],
    noChoice: [service, 'nobody'],
  };
})();

describe('the locale files', () => {
  it('have a message for every host error code, in every language', () => {
    expect(missingKeys(hostErrorCodes.map((code) => `errors.${code}`))).toEqual([]);
  });

  it.each(translations)('have in %s every key English has, and no other', (language) => {
    const english = [...new Set(keysOf(localeResources.en.translation))].sort();
    expect([...new Set(keysOf(localeResources[language].translation))].sort()).toEqual(english);
  });

  it.each(translatedLanguages)('count in %s with every plural form the language needs, and only those', (language) => {
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const families = pluralFamilies(localeResources[language].translation);
    expect(families.size, 'the counted texts: items and seconds').toBeGreaterThan(2);
    for (const [key, english] of pluralFamilies(localeResources.en.translation)) {
      // Where English says 0 in words of its own (i18next's "_zero"), every language does too.
      const forms = new Set([...needed, ...english.filter(([form]) => form === 'zero').map(([form]) => form)]);
      expect(families.get(key)?.map(([form]) => form).sort(), `${language}: ${key}`).toEqual([...forms].sort());
    }
  });

  it.each(translations)('keep in %s every {{placeholder}} of the English text, and add none', (language) => {
    const english = textsByKey(localeResources.en.translation);
    for (const [key, text] of textsByKey(localeResources[language].translation)) {
      const family = key.replace(pluralSuffix, '');
      const expected = new Set([...english].filter(([other]) => other.replace(pluralSuffix, '') === family).flatMap(([, value]) => placeholdersOf(value)));
      const form = pluralSuffix.exec(key)?.[1];
      // "one item" may be said in words where a plural form stands for a single number (Arabic 0, 1, 2).
      if (form && coversOneNumber(language, form)) expected.delete('count');
      const found = new Set(placeholdersOf(text));
      expect([...expected].filter((name) => !found.has(name)), `${language}: ${key} misses`).toEqual([]);
      expect(
        [...found].filter((name) => ![...english].some(([, value]) => placeholdersOf(value).includes(name))),
        `${language}: ${key} adds`,
      ).toEqual([]);
    }
  });

  it('have every text the screens ask for by name', () => {
    const asked = new Set(
      rendererSources().flatMap((source) => [...source.matchAll(/\bt\('([a-zA-Z.]+)'/g)].map((match) => match[1] ?? '')),
    );
    expect(asked.size).toBeGreaterThan(30);
    expect(missingKeys([...asked])).toEqual([]);
  });

  it('have every text the screens build from a name: benefits, help states, print documents, feedback questions', () => {
    const documents = flowStepSchema.options.flatMap((option) => ('document' in option.shape ? option.shape.document.options : []));
    expect(documents).toEqual(['receipt', 'ticket', 'slip']);
    expect(
      missingKeys([
        ...benefits.flatMap((benefit) => [`attract.benefits.${benefit}.title`, `attract.benefits.${benefit}.text`]),
        ...(['calling', 'called', 'failed'] as const).flatMap((status) => [`help.${status}.title`, `help.${status}.text`]),
        'help.ticket',
        ...documents.map((document) => `print.onScreen.${document}`),
        ...qualityDimensionSchema.options.map((dimension) => `feedback.dimensions.${dimension}`),
        ...[1, 2, 3, 4, 5].flatMap((rating) => [`feedback.rating.${rating}`, `feedback.agreement.${rating}`]),
      ]),
    ).toEqual([]);
  });

  it('have a label for every fact the host may answer with', () => {
    expect(missingKeys(factIds.map((id) => `facts.${id}`))).toEqual([]);
  });

  it('name every action of the staff audit, every fact of its detail and every coded value', () => {
    expect(auditActions.length).toBeGreaterThan(20);
    const values = (prefix: string, codes: readonly string[]) => codes.map((code) => `${prefix}.${code}`);
    expect(
      missingKeys([
        ...auditActions.map((action) => `backoffice.audit.actions.${action}`),
        ...auditDetailKeys.map((key) => `backoffice.audit.details.${key}`),
        ...values('console.pauseReasons', pauseReasons),
        ...values('reports.values.outcome', complaintOutcomes),
        ...values('console.servicesGiven.outcomes', ['resolved', 'pending']),
        ...values('backoffice.audit.values.method', ['pin', 'badge']),
        ...values('backoffice.audit.values.signOut', ['staff', 'idle', 'sessionEnded']),
        ...values('backoffice.audit.values.role', staffRoles),
        ...values('backoffice.audit.values.badgeChange', ['replaced', 'removed', 'kept']),
      ]),
    ).toEqual([]);
  });

  it('explain every problem the flow engine finds with a value', () => {
    for (const [problem, [step, value]] of Object.entries(problemCauses)) {
      const values: FlowValues = { [fieldOf(step) ?? '']: value };
      expect(stepValueProblem(step, values), problem).toBe(problem);
    }
    expect(missingKeys(Object.keys(problemCauses).map((problem) => `flow.problems.${problem}`))).toEqual([]);
  });

  it('have every practice sample the example stores answer with', async () => {
    const samples = new Set<string>();
    for (const name of ['demo', 'pharmacy']) {
      const { host } = tempHost({ store: exampleStoreCopy(name, { 'pilots.share': 1 }) });
      const sessionId = await openSession(host);
      const state = await resultOf(host, 'kiosk.state', {});
      const flows = state.state === 'ready' ? state.profile.flows : [];
      expect(flows.length, name).toBeGreaterThan(0);
      for (const flow of flows.filter((candidate) => !candidate.assistedOnly)) {
        for (const step of flow.steps.filter((candidate) => candidate.action)) {
          const { facts } = await resultOf(host, 'flow.runAction', {
            sessionId,
            flowId: flow.id,
            stepId: step.id,
            values: practiceValues(flow, (text) => text.en ?? ''),
            practice: true,
          });
          for (const fact of facts) if (fact.kind === 'sample') samples.add(String(fact.value));
        }
      }
    }
    expect(samples).toContain('collectionPoint');
    expect(missingKeys([...samples].map((sample) => `practice.sample.${sample}`))).toEqual([]);
  });

  it("put the host's params into the message, naming the file and the field", () => {
    const problem = { file: 'store.json', path: 'flows[0].title.en', expected: 'string', received: 'number' };
    const spanish = createKioskI18n('es');
    const english = createKioskI18n('en');
    expect(spanish.t('errors.config.wrongType', problem)).toBe('En store.json, el campo flows[0].title.en debe ser string, pero es number.');
    expect(english.t('errors.config.fieldMissing', problem)).toBe('In store.json, the field flows[0].title.en is missing: expected string.');
  });

  it('count items and seconds in Arabic with its six plural forms', () => {
    const arabic = createKioskI18n('ar');
    expect([0, 1, 2, 3, 11, 100].map((count) => arabic.t('facts.itemCountValue', { count }))).toEqual([
      'لا توجد منتجات',
      'منتج واحد',
      'منتجان',
      '3 منتجات',
      '11 منتجًا',
      '100 منتج',
    ]);
    expect(arabic.t('thanks.closing', { count: 5 })).toBe('ستُغلَق هذه الشاشة بعد 5 ثوانٍ.');
  });

  it('count in French with the singular for zero and one', () => {
    const french = createKioskI18n('fr');
    expect([0, 1, 2].map((count) => french.t('idle.countdown', { count }))).toEqual(['Encore 0 seconde', 'Encore 1 seconde', 'Encore 2 secondes']);
  });

  it('say how many decimals an amount may have, as the step allows', () => {
    const spanish = createKioskI18n('es');
    const english = createKioskI18n('en');
    expect([0, 1, 2].map((count) => english.t('flow.problems.tooPrecise', { count }))).toEqual([
      'Please enter a whole amount, without decimals.',
      'Please use at most one decimal.',
      'Please use at most 2 decimals.',
    ]);
    expect([0, 1, 2].map((count) => spanish.t('flow.problems.tooPrecise', { count }))).toEqual([
      'Escriba un importe entero, sin decimales.',
      'Use como máximo un decimal.',
      'Use como máximo 2 decimales.',
    ]);
    expect([0, 1, 2].map((count) => createKioskI18n('fr').t('flow.problems.tooPrecise', { count }))).toEqual([
      'Veuillez saisir un montant entier, sans décimales.',
      'Utilisez au plus 1 décimale.',
      'Utilisez au plus 2 décimales.',
    ]);
    expect([0, 1, 2, 3].map((count) => createKioskI18n('ar').t('flow.problems.tooPrecise', { count }))).toEqual([
      'يُرجى إدخال مبلغ بلا كسور عشرية.',
      'يُرجى استخدام خانة عشرية واحدة على الأكثر.',
      'يُرجى استخدام خانتين عشريتين على الأكثر.',
      'يُرجى استخدام 3 خانات عشرية على الأكثر.',
    ]);
  });

  it('count items, days and seconds with the right plural in both languages', () => {
    const spanish = createKioskI18n('es');
    const english = createKioskI18n('en');
    expect(spanish.t('facts.itemCountValue', { count: 1 })).toBe('1 artículo');
    expect(spanish.t('facts.itemCountValue', { count: 3 })).toBe('3 artículos');
    expect(english.t('facts.days', { count: 1 })).toBe('1 day');
    expect(english.t('facts.days', { count: 30 })).toBe('30 days');
    expect(english.t('idle.countdown', { count: 1 })).toBe('1 second left');
    expect(english.t('idle.countdown', { count: 20 })).toBe('20 seconds left');
  });
});
