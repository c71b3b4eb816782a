import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hostErrorCodes } from '../../../shared/host-api/errors.ts';
import { supportedLanguages } from '../../../shared/i18n/languages.ts';
import { benefits } from '../../../renderer/attract/benefits.ts';
import { createKioskI18n, localeResources } from '../../../renderer/i18n/create-i18n.ts';

const rendererDir = fileURLToPath(new URL('../../../renderer/', import.meta.url));

type Texts = { [key: string]: string | Texts };

/** Every key of a locale, with i18next's plural suffixes folded into the key the code asks for. */
function keysOf(texts: Texts, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`.replace(/_(zero|one|two|few|many|other)$/, '')] : keysOf(value, `${prefix}${key}.`),
  );
}

function rendererSources(dir = rendererDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}${entry.name}`;
    if (entry.isDirectory()) return rendererSources(`${path}/`);
    return /\.tsx?$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('the locale files', () => {
  it('have a message for every host error code, in every language', () => {
    for (const language of supportedLanguages) {
      const keys = new Set(keysOf(localeResources[language].translation));
      const missing = hostErrorCodes.filter((code) => !keys.has(`errors.${code}`));
      expect(missing, language).toEqual([]);
    }
  });

  it('have the same keys in Spanish and English', () => {
    expect(keysOf(localeResources.en.translation).sort()).toEqual(keysOf(localeResources.es.translation).sort());
  });

  it('have every text the screens ask for by name', () => {
    const asked = new Set(
      rendererSources().flatMap((source) => [...source.matchAll(/\bt\('([a-zA-Z.]+)'/g)].map((match) => match[1] ?? '')),
    );
    expect(asked.size).toBeGreaterThan(30);
    const keys = new Set(keysOf(localeResources.es.translation));
    expect([...asked].filter((key) => !keys.has(key))).toEqual([]);
  });

  it('have every text the screens build from a name: benefits, help states, code problems', () => {
    const built = [
      ...benefits.flatMap((benefit) => [`attract.benefits.${benefit}.title`, `attract.benefits.${benefit}.text`]),
      ...(['calling', 'called', 'failed'] as const).flatMap((status) => [`help.${status}.title`, `help.${status}.text`]),
      ...(['empty', 'invalid'] as const).map((problem) => `pickup.enterCode.${problem}`),
    ];
    const keys = new Set(keysOf(localeResources.es.translation));
    expect(built.filter((key) => !keys.has(key))).toEqual([]);
  });

  it("put the host's params into the message, naming the file and the field", () => {
    const problem = { file: 'store.json', path: 'services[0].title.en', expected: 'string', received: 'number' };
    const spanish = createKioskI18n('es');
    const english = createKioskI18n('en');
    expect(spanish.t('errors.config.wrongType', problem)).toBe(
      'En store.json, el campo services[0].title.en debe ser string, pero es number.',
    );
    expect(english.t('errors.config.fieldMissing', problem)).toBe(
      'In store.json, the field services[0].title.en is missing: expected string.',
    );
  });

  it('count items and seconds with the right plural in both languages', () => {
    const spanish = createKioskI18n('es');
    const english = createKioskI18n('en');
    expect(spanish.t('pickup.review.itemCount', { count: 1 })).toBe('1 artículo');
    expect(spanish.t('pickup.review.itemCount', { count: 3 })).toBe('3 artículos');
    expect(english.t('idle.countdown', { count: 1 })).toBe('1 second left');
    expect(english.t('idle.countdown', { count: 20 })).toBe('20 seconds left');
  });
});
