// Puts a typed problem into words for operators at the command line, from the same locale files
// the kiosk screen uses.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import type { Language } from '../../../shared/i18n/languages.ts';

const localesDir = fileURLToPath(new URL('../../../assets/locales/', import.meta.url));

export function describeProblem(problem: HostErrorPayload, language: Language = 'en'): string {
  const resources = JSON.parse(readFileSync(`${localesDir}${language}.json`, 'utf8')) as object;
  const translator = i18next.createInstance();
  void translator.init({
    lng: language,
    initAsync: false,
    resources: { [language]: { translation: resources } },
    interpolation: { escapeValue: false },
  });
  return translator.t(`errors.${problem.code}`, problem.params);
}
