// The store config and its data files have limits that fit a large bank or retailer and refuse
// what no store writes: a 20 MB name, 10,000 flows, a 100,000-character text, endless nesting,
// numbers out of range, a data file of too many rows. Each refusal names the file, the field and
// the limit, in every language the kiosk speaks, and a host started on such a file stays up.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listNouns } from '../../../electron/host/config/config-issue.ts';
import { describeProblem } from '../../../electron/host/config/describe-problem.ts';
import { parseStoreConfig } from '../../../electron/host/config/load-store-config.ts';
import { readKioskConfig } from '../../../electron/host/load-kiosk.ts';
import { createKioskI18n } from '../../../renderer/kit/i18n/create-i18n.ts';
import { countLimits, maxDataRows, maxNestingDepth, textLimits } from '../../../shared/config/limits.ts';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import { translatedLanguages } from '../../../shared/i18n/languages.ts';
import { chooseStep, enterNumberStep, flowFixture, infoStep, seeStaffFlow, text } from '../../fixtures/flows.ts';
import { call } from '../../fixtures/host.ts';
import { storeConfigFixture, withValue } from '../../fixtures/store-config.ts';
import { scratchStore, tempHost } from '../../fixtures/temp-host.ts';

const valid = storeConfigFixture();

function problemWith(config: object | string): HostErrorPayload {
  const verdict = parseStoreConfig(typeof config === 'string' ? config : JSON.stringify(config), 'store.json');
  if (verdict.ok) throw new Error('the config was accepted');
  return verdict.problem;
}

const accepted = (config: object) => parseStoreConfig(JSON.stringify(config), 'store.json').ok;
const characters = (count: number) => 'x'.repeat(count);
const copies = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, index) => make(index));

/** The problem, as every language puts it: none may show a key, a placeholder or a nesting left unfilled. */
function inEveryLanguage(problem: HostErrorPayload): string[] {
  return translatedLanguages.map((language) => {
    const words = describeProblem(problem, language);
    expect(words, `${language}: ${words}`).not.toMatch(/errors\.|\{\{|\$t\(/);
    return words;
  });
}

describe('the limits of a store config', () => {
  it('refuses a 20 MB store name, naming the field and its limit, and a file that size unread', () => {
    const name = characters(20 * 1024 * 1024);
    expect(problemWith(withValue(valid, 'store.name', name))).toEqual({
      code: 'config.tooLong',
      params: { file: 'store.json', path: 'store.name', count: textLimits.storeName },
    });
    const store = scratchStore(withValue(valid, 'store.name', name));
    expect(readKioskConfig(store.configFile)).toMatchObject({
      ok: false,
      state: { state: 'outOfService', problem: { code: 'config.tooLarge', params: { file: 'store.json', limit: '2048 KiB' } } },
    });
  });

  it('refuses 10,000 flows, naming the list and how many it may hold', () => {
    const flows = copies(10_000, (index) => seeStaffFlow({ id: `flow-${index}` }));
    const problem = problemWith(storeConfigFixture({ flows }));
    expect(problem).toEqual({ code: 'config.tooMany', params: { file: 'store.json', path: 'flows', count: countLimits.flows, items: 'flows' } });
    expect(inEveryLanguage(problem)).toEqual([
      'En store.json, flows tiene demasiados elementos: como mucho 100 flujos.',
      'In store.json, flows has too many entries: at most 100 flows.',
      'في ⁨store.json⁩، يحوي ⁨flows⁩ عناصر أكثر من اللازم: الحد الأقصى 100 مسار.',
      'Dans store.json, flows contient trop d’éléments : 100 parcours au plus.',
    ]);
  });

  it('refuses 100,000-character texts, giving titles, paragraphs, ids, paths, links and headers each their own limit', () => {
    const long = characters(100_000);
    const cases: [path: string, value: unknown, limit: number][] = [
      ['flows[0].title.es', long, textLimits.title],
      ['flows[0].benefit.en', long, textLimits.body],
      ['flows[0].steps[0].lead', text(long), textLimits.body],
      ['queue.services[0].name.es', long, textLimits.title],
      ['flows[0].id', long, textLimits.id],
      ['flows[0].steps[0].id', long, textLimits.id],
      ['flows[0].steps[0].rules.pattern', long, textLimits.pattern],
      ['data.orders', long, textLimits.path],
      ['store.kioskName', long, 40],
      ['telemetry', { endpoint: `https://collector.example/${long}` }, textLimits.url],
      ['telemetry', { endpoint: 'https://collector.example/v1/logs', headers: { authorization: long } }, textLimits.headerValue],
    ];
    for (const [path, value, limit] of cases) {
      const problem = problemWith(withValue(valid, path, value));
      expect(problem, path).toMatchObject({ code: 'config.tooLong', params: { count: limit } });
      expect(String(problem.params.path), path).toMatch(path.startsWith('telemetry') ? /^telemetry\./ : new RegExp(`^${path.replace(/[.[\]]/g, '\\$&')}`));
    }
  });

  it('takes a text right at its limit and refuses one character more', () => {
    expect(accepted(withValue(valid, 'flows[0].title', text(characters(textLimits.title))))).toBe(true);
    expect(problemWith(withValue(valid, 'flows[0].title', text(characters(textLimits.title + 1))))).toMatchObject({
      code: 'config.tooLong',
      params: { path: 'flows[0].title.es', count: textLimits.title },
    });
    expect(accepted(withValue(valid, 'flows[0].summary', text(characters(textLimits.body))))).toBe(true);
  });

  it('refuses nesting deeper than its limit, naming where it goes too deep, and counts no bracket inside a text', () => {
    const deep = `{\n  "store": ${'['.repeat(10_000)}${']'.repeat(10_000)}\n}`;
    const problem = problemWith(deep);
    // The store object is level 1: the bracket past the limit is the 16th on line 2, after `  "store": `.
    expect(problem).toEqual({ code: 'config.tooDeep', params: { file: 'store.json', line: 2, column: 12 + maxNestingDepth - 1, count: maxNestingDepth } });
    inEveryLanguage(problem);
    expect(accepted(withValue(valid, 'store.name', `[{${'['.repeat(100)}"\\"[`))).toBe(true);
  });

  it('says which range each kind of number must fall in', () => {
    const printer = { kind: 'network', host: '192.168.1.50' };
    const cases: [path: string, value: unknown, field: string, code: string, min: number, max: number][] = [
      ['session.idleSeconds', 5, 'session.idleSeconds', 'config.wholeNumberOutOfRange', 15, 600],
      ['session.idleSeconds', 10_000, 'session.idleSeconds', 'config.wholeNumberOutOfRange', 15, 600],
      ['session.idleSeconds', 30.5, 'session.idleSeconds', 'config.wholeNumberOutOfRange', 15, 600],
      ['pilots', { share: 2 }, 'pilots.share', 'config.numberOutOfRange', 0, 1],
      ['queue.services[0].priorServiceMinutes', 0.1, 'queue.services[0].priorServiceMinutes', 'config.numberOutOfRange', 0.5, 240],
      ['queue.priorityClasses[0].advanceMinutes', 0, 'queue.priorityClasses[0].advanceMinutes', 'config.wholeNumberOutOfRange', 1, 120],
      ['retention', { days: 5 }, 'retention.days', 'config.wholeNumberOutOfRange', 30, 3650],
      ['printer', { ...printer, port: 70_000 }, 'printer.port', 'config.wholeNumberOutOfRange', 1, 65_535],
      ['printer', { ...printer, timeoutMs: 10 }, 'printer.timeoutMs', 'config.wholeNumberOutOfRange', 100, 30_000],
      ['staff', { file: 'staff.json', kioskGesture: { holdSeconds: 60 } }, 'staff.kioskGesture.holdSeconds', 'config.numberOutOfRange', 2, 10],
      ['flows[0].steps[0].rules.maxLength', 501, 'flows[0].steps[0].rules.maxLength', 'config.wholeNumberOutOfRange', 1, 500],
      ['flows[0].steps[0]', enterNumberStep({ field: 'orderCode', min: -1 }), 'flows[0].steps[0].min', 'config.numberOutOfRange', 0, 10_000_000],
      ['flows[0].steps[0]', enterNumberStep({ field: 'orderCode', decimals: 3 }), 'flows[0].steps[0].decimals', 'config.wholeNumberOutOfRange', 0, 2],
    ];
    for (const [path, value, field, code, min, max] of cases) {
      expect(problemWith(withValue(valid, path, value)), `${path} = ${JSON.stringify(value)}`).toEqual({ code, params: { file: 'store.json', path: field, min, max } });
    }
    // A JSON number too big to hold (1e400) is no number the kiosk can use.
    const huge = JSON.stringify(valid).replace('"idleSeconds":30', '"idleSeconds":1e400');
    expect(problemWith(huge)).toMatchObject({ code: 'config.wholeNumberOutOfRange', params: { path: 'session.idleSeconds', min: 15, max: 600 } });
    expect(inEveryLanguage(problemWith(withValue(valid, 'session.idleSeconds', 5)))).toContain(
      'In store.json, the value of session.idleSeconds must be a whole number from 15 to 600.',
    );
    // A word where a number goes is still named as the wrong kind of value.
    expect(problemWith(withValue(valid, 'session.idleSeconds', 'soon'))).toMatchObject({ code: 'config.wrongType' });
  });

  it('counts every list against its limit and names what the list holds', () => {
    const priorityClass = (valid.queue.priorityClasses ?? [])[0];
    const service = valid.queue.services[0];
    const endpoint = 'https://collector.example/v1/logs';
    const cases: [path: string, value: unknown, count: number, items: string][] = [
      ['flows[0].steps', copies(countLimits.stepsPerFlow + 1, (index) => infoStep({ id: `step${index}` })), countLimits.stepsPerFlow, 'steps'],
      ['flows[1].steps[0].options', copies(9, (index) => ({ value: `v${index}`, label: text('A') })), countLimits.optionsPerStep, 'options'],
      ['queue.services', copies(27, () => service), countLimits.queueServices, 'services'],
      ['queue.counters', copies(101, () => valid.queue.counters[0]), countLimits.counters, 'counters'],
      ['queue.counters[0].services', copies(27, () => 'advice'), countLimits.queueServices, 'services'],
      ['queue.priorityClasses', copies(9, () => priorityClass), countLimits.priorityClasses, 'priorityClasses'],
      ['benefits', copies(5, () => ({ title: text('Rápido'), text: text('Sin colas') })), countLimits.benefits, 'benefits'],
      ['languages.enabled', copies(6, () => 'es'), 5, 'languages'],
      ['telemetry', { endpoint, headers: Object.fromEntries(copies(21, (index) => [`x-key-${index}`, 'v'])) }, countLimits.telemetryHeaders, 'headers'],
      ['flows[0].tutorial', copies(51, () => ({ step: 'code', target: 'input', text: text('Aquí') })), countLimits.tutorialMarksPerFlow, 'tutorialMarks'],
      ['flows[0].practice', { values: Object.fromEntries(copies(51, (index) => [`field${index}`, 'x'])) }, countLimits.fieldsPerFlow, 'fields'],
      ['flows[0].steps[1].show', copies(51, () => 'orderCode'), countLimits.fieldsPerFlow, 'fields'],
      ['flows[0].steps[0]', enterNumberStep({ field: 'orderCode', presets: copies(7, (index) => index + 1) }), countLimits.presetsPerStep, 'amounts'],
    ];
    for (const [path, value, count, items] of cases) {
      const problem = problemWith(withValue(valid, path, value));
      expect(problem, path).toMatchObject({ code: 'config.tooMany', params: { count, items } });
      inEveryLanguage(problem);
    }
    expect(problemWith(storeConfigFixture({ flows: [] }))).toEqual({
      code: 'config.tooFew',
      params: { file: 'store.json', path: 'flows', count: 1, items: 'flows' },
    });
  });

  it('takes a config at the size of a large bank: a hundred flows, one of fifty steps, long texts in four languages', () => {
    const inFour = (words: string) => ({ es: words, en: words, ar: words, fr: words });
    const translate = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(translate);
      if (value === null || typeof value !== 'object') return value;
      const entries = Object.entries(value);
      if (entries.length > 0 && entries.every(([key]) => key === 'es' || key === 'en')) return inFour(String((value as { es: string }).es));
      return Object.fromEntries(entries.map(([key, inner]) => [key, translate(inner)]));
    };
    const longest = flowFixture(
      'long-flow',
      copies(countLimits.stepsPerFlow, (index) => infoStep({ id: `step${index}`, title: text(characters(textLimits.title)), body: text(characters(textLimits.body)) })),
    );
    const flows = [longest, ...copies(countLimits.flows - 1, (index) => seeStaffFlow({ id: `see-staff-${index}` }))];
    const bank = translate(storeConfigFixture({ store: { id: 'bank', name: characters(textLimits.storeName) }, languages: { enabled: ['es', 'en', 'ar', 'fr'], default: 'es' }, flows }));
    const verdict = parseStoreConfig(JSON.stringify(bank), 'store.json');
    expect(verdict.ok ? verdict.config.flows.length : verdict.problem).toBe(countLimits.flows);
  });
});

describe('the limits of a data file', () => {
  const order = (index: number) => ({ code: `C${index}`, itemCount: 1, collectionPoint: text('Taquilla') });
  const bill = (index: number) => ({ reference: `R${index}`, payee: 'Aguas', amount: '1.00', currency: 'EUR', dueDate: '2026-12-15' });

  it('takes 100,000 orders, and refuses one more naming the file and the limit', () => {
    const store = scratchStore();
    writeFileSync(join(store.dir, 'orders.json'), JSON.stringify({ orders: copies(maxDataRows, order) }));
    const verdict = readKioskConfig(store.configFile);
    expect(verdict.ok ? verdict.orders.length : verdict.state).toBe(maxDataRows);
    writeFileSync(join(store.dir, 'orders.json'), JSON.stringify({ orders: copies(maxDataRows + 1, order) }));
    const refused = readKioskConfig(store.configFile);
    expect(refused).toMatchObject({
      ok: false,
      state: { problem: { code: 'config.tooMany', params: { file: 'orders.json', path: 'orders', count: maxDataRows, items: 'orders' } } },
    });
    if (!refused.ok && refused.state.state === 'outOfService') {
      expect(inEveryLanguage(refused.state.problem)[0]).toBe('En orders.json, orders tiene demasiados elementos: como mucho 100000 pedidos.');
    }
  });

  it('refuses too many bills and appointments, and over-long codes and names in a row', () => {
    const store = scratchStore(
      withValue(valid, 'queue.appointments', { file: 'appointments.json', name: text('Cita'), rule: text('Cerca de su hora') }),
    );
    writeFileSync(join(store.dir, 'appointments.json'), JSON.stringify({ appointments: copies(maxDataRows + 1, (index) => ({ code: `CITA-${index}`, service: 'advice', time: '10:00' })) }));
    expect(readKioskConfig(store.configFile)).toMatchObject({
      state: { problem: { code: 'config.tooMany', params: { file: 'appointments.json', count: maxDataRows, items: 'appointments' } } },
    });
    writeFileSync(join(store.dir, 'appointments.json'), JSON.stringify({ appointments: [] }));
    writeFileSync(join(store.dir, 'bills.json'), JSON.stringify({ bills: copies(maxDataRows + 1, bill) }));
    expect(readKioskConfig(store.configFile)).toMatchObject({
      state: { problem: { code: 'config.tooMany', params: { file: 'bills.json', count: maxDataRows, items: 'bills' } } },
    });
    writeFileSync(join(store.dir, 'bills.json'), JSON.stringify({ bills: [{ ...bill(1), payee: characters(100_000) }] }));
    expect(readKioskConfig(store.configFile)).toMatchObject({
      state: { problem: { code: 'config.tooLong', params: { file: 'bills.json', path: 'bills[0].payee', count: 80 } } },
    });
    writeFileSync(join(store.dir, 'bills.json'), JSON.stringify({ bills: [] }));
    writeFileSync(join(store.dir, 'orders.json'), JSON.stringify({ orders: [{ ...order(1), itemCount: 1e6 }] }));
    expect(readKioskConfig(store.configFile)).toMatchObject({
      state: { problem: { code: 'config.wholeNumberOutOfRange', params: { file: 'orders.json', path: 'orders[0].itemCount', min: 1, max: 10_000 } } },
    });
    writeFileSync(join(store.dir, 'orders.json'), `{"orders": [{"code": "A", "collectionPoint": ${'{"es": '.repeat(50)}"x"${'}'.repeat(50)}}]}`);
    expect(readKioskConfig(store.configFile)).toMatchObject({ state: { problem: { code: 'config.tooDeep', params: { file: 'orders.json', line: 1 } } } });
  });
});

describe('the words for a limit', () => {
  it.each(translatedLanguages)('name in %s everything a list can hold', (language) => {
    const nouns = [...new Set([...Object.values(listNouns), 'entries'])];
    const said = nouns.map((items) => describeProblem({ code: 'config.tooMany', params: { file: 'store.json', path: 'x', count: 3, items } }, language));
    expect(said.filter((words) => /errors\.|\{\{|\$t\(/.test(words))).toEqual([]);
    // Each list is named in words of its own.
    expect(new Set(said).size).toBe(nouns.length);
  });

  it('read the same on the out-of-service screen as at the command line', () => {
    const problem = { code: 'config.tooFew' as const, params: { file: 'store.json', path: 'flows[1].steps[0].options', count: 2, items: 'options' } };
    for (const language of translatedLanguages) {
      const screen = createKioskI18n(language);
      expect(screen.t(`errors.${problem.code}`, problem.params)).toBe(describeProblem(problem, language));
    }
    expect(describeProblem(problem, 'ar')).toContain('الحد الأدنى خياران');
    // Pseudo-English, made from English, fills in the nested list noun too.
    expect(createKioskI18n('en-XA').t(`errors.${problem.code}`, problem.params)).toContain('⟦2 öþţîöñš one⟧');
  });
});

describe('a host started on a config past its limits', () => {
  it('goes out of service with the limit as its reason, and still answers', async () => {
    const flows = copies(countLimits.flows + 1, (index) => seeStaffFlow({ id: `flow-${index}` }));
    const { host } = tempHost({ config: storeConfigFixture({ flows }) });
    const reply = await call(host, 'kiosk.state', {});
    expect(reply).toMatchObject({ ok: true, result: { state: 'outOfService', problem: { code: 'config.tooMany', params: { path: 'flows', count: countLimits.flows } } } });
    const problem = reply.ok ? (reply.result as { problem: HostErrorPayload }).problem : null;
    expect(problem && describeProblem(problem, 'fr')).toBe('Dans store.json, flows contient trop d’éléments : 100 parcours au plus.');
    expect(host.usageLog.read().map((stored) => stored.event.type)).toContain('kiosk.configRejected');
    expect(await call(host, 'kiosk.state', {})).toMatchObject({ ok: true, result: { state: 'outOfService' } });
  });

  it('goes out of service on a deeply nested config and on an oversized one, and answers each time', async () => {
    const deep = tempHost({ config: `{"store": ${'['.repeat(100_000)}${']'.repeat(100_000)}}` }).host;
    expect(await call(deep, 'kiosk.state', {})).toMatchObject({ result: { state: 'outOfService', problem: { code: 'config.tooDeep', params: { count: maxNestingDepth } } } });
    const huge = tempHost({ config: withValue(valid, 'store.name', characters(20 * 1024 * 1024)) }).host;
    expect(await call(huge, 'kiosk.state', {})).toMatchObject({ result: { state: 'outOfService', problem: { code: 'config.tooLarge' } } });
    const choice = withValue(valid, 'flows[1].steps[0]', chooseStep({ options: copies(9, (index) => ({ value: `v${index}`, label: text('A') })) }));
    const crowded = tempHost({ config: choice }).host;
    expect(await call(crowded, 'kiosk.state', {})).toMatchObject({ result: { problem: { code: 'config.tooMany', params: { items: 'options', count: 8 } } } });
  });
});
