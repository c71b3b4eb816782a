// Test stores only: the demo store with more languages enabled, every text it lacks filled with a
// marked copy of the English one, so layouts can be tested before translators have written them.
import { readFileSync } from 'node:fs';
import { pseudoLanguage, type Language } from '../../../shared/i18n/languages.ts';
import { pseudoLocalize } from '../../../renderer/kit/i18n/pseudo-locale.ts';
import { localizedTexts } from '../../fixtures/localized-texts.ts';

interface LanguageChoice {
  enabled: readonly Language[];
  default: Language;
}

/** A storeConfig rewrite for the kiosk fixture. The demo store's own texts win where it has them. */
export function withLanguages(languages: LanguageChoice): (config: Record<string, unknown>) => Record<string, unknown> {
  return (config) => {
    const store = structuredClone(config);
    store.languages = { enabled: [...languages.enabled], default: languages.default };
    for (const { text } of localizedTexts(store)) {
      const english = String(text.en ?? Object.values(text)[0] ?? '');
      for (const language of languages.enabled) {
        // The kiosk makes pseudo-English itself; a copy here would hide that it works.
        if (language === pseudoLanguage || text[language] !== undefined) continue;
        // "ar · Collect an order": marked, and starting with a letter so bidi keeps it in one piece.
        text[language] = `${language} · ${english}`;
      }
    }
    return store;
  };
}

/** A store text as the kiosk shows it in `language` (pseudo-English made from English). */
function storeText(text: Record<string, unknown>, language: Language, pseudoLocalize: (english: string) => string): string {
  if (language === pseudoLanguage && text[language] === undefined) return pseudoLocalize(String(text.en));
  return String(text[language]);
}

type Text = Record<string, string>;

interface DemoStep {
  id: string;
  label?: Text;
  confirm?: Text;
  options?: Array<{ value: string; label: Text }>;
}

interface DemoStore {
  flows: Array<{ id: string; title: Text; steps: DemoStep[] }>;
}

const demoStore = JSON.parse(readFileSync(new URL('../../../assets/stores/demo/store.json', import.meta.url), 'utf8')) as DemoStore;

/** The demo store's texts as the kiosk shows them in `language` (pseudo-English made from English). */
export function demoStoreTexts(language: Language) {
  const shown = (text: Text | undefined, what: string) => {
    if (!text) throw new Error(`no ${what} in the demo store`);
    return storeText(text, language, pseudoLocalize);
  };
  const flow = (flowId: string) => {
    const found = demoStore.flows.find((candidate) => candidate.id === flowId);
    if (!found) throw new Error(`no flow ${flowId} in the demo store`);
    return found;
  };
  const step = (flowId: string, stepId: string) => {
    const found = flow(flowId).steps.find((candidate) => candidate.id === stepId);
    if (!found) throw new Error(`no step ${stepId} in ${flowId}`);
    return found;
  };
  return {
    title: (flowId: string) => shown(flow(flowId).title, `title for ${flowId}`),
    label: (flowId: string, stepId: string) => shown(step(flowId, stepId).label, `label for ${flowId}.${stepId}`),
    confirm: (flowId: string, stepId: string) => shown(step(flowId, stepId).confirm, `confirm for ${flowId}.${stepId}`),
    option: (flowId: string, stepId: string, value: string) =>
      shown(step(flowId, stepId).options?.find((option) => option.value === value)?.label, `option ${value} of ${flowId}.${stepId}`),
  };
}
