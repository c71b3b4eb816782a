// Pseudo-English: every text changed in a way a screenshot shows, nothing an i18next lookup needs.
import { describe, expect, it } from 'vitest';
import { createKioskI18n, localeResources } from '../../../renderer/kit/i18n/create-i18n.ts';
import { pickText } from '../../../renderer/kit/i18n/localized-text.ts';
import { pseudoExpansion, pseudoLocalize } from '../../../renderer/kit/i18n/pseudo-locale.ts';

type Texts = { [key: string]: string | Texts };

function textsByKey(texts: Texts, prefix = ''): Array<[string, string]> {
  return Object.entries(texts).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : textsByKey(value, `${prefix}${key}.`),
  );
}

// A nested reference ($t(…)) is filled in by i18next as a placeholder is.
const placeholder = /\{\{[^}]*\}\}|\$t\([^)]*\)/g;
const paddingWords = /\b(one|two|three|four|five|six|seven|eight|nine|ten)\b/g;

describe('the pseudo-locale', () => {
  it('accents every letter, pads with words and brackets the text', () => {
    expect(pseudoLocalize('Touch to start')).toBe('⟦Ţöûçĥ ţö šţåŕţ one two⟧');
    expect(pseudoLocalize('OK')).toBe('⟦ÖĶ one⟧');
  });

  it('leaves {{placeholders}} as they are, so i18next still fills them in', () => {
    expect(pseudoLocalize('Step {{step}} of {{total}}')).toMatch(/^⟦Šţéþ \{\{step\}\} öƒ \{\{total\}\} one/);
    expect(createKioskI18n('en-XA').t('flow.step', { step: 2, total: 3 })).toMatch(/^⟦Šţéþ 2 öƒ 3 /);
  });

  it('has every English key, plural forms included, each text about 40% longer and with no plain letter left', () => {
    const english = textsByKey(localeResources.en.translation);
    const pseudo = new Map(textsByKey(localeResources['en-XA'].translation));
    expect([...pseudo.keys()]).toEqual(english.map(([key]) => key));
    for (const [key, text] of english) {
      const made = pseudo.get(key) ?? '';
      const visible = text.replace(placeholder, '').length;
      expect(made.replace(placeholder, '').length - 2, key).toBeGreaterThanOrEqual(visible * (1 + pseudoExpansion));
      expect(made.match(placeholder) ?? [], key).toEqual(text.match(placeholder) ?? []);
      expect(made.replace(placeholder, '').replace(paddingWords, ''), key).not.toMatch(/[A-Za-z]/);
      expect(made, key).toMatch(/^⟦.*⟧$/s);
    }
  });

  it('counts with English plural rules', () => {
    const pseudo = createKioskI18n('en-XA');
    expect(pseudo.t('facts.itemCountValue', { count: 1 })).toMatch(/^⟦1 îţéɱ /);
    expect(pseudo.t('facts.itemCountValue', { count: 2 })).toMatch(/^⟦2 îţéɱš /);
  });
});

describe('a store text in pseudo-English', () => {
  const title = { es: 'Recoger un pedido', en: 'Collect an order' };

  it("is made from the store's English when the store wrote none", () => {
    expect(pickText(title, 'en-XA', 'es')).toBe(pseudoLocalize('Collect an order'));
  });

  it('is made from the default language when the store has no English either', () => {
    expect(pickText({ es: 'Recoger' }, 'en-XA', 'es')).toBe(pseudoLocalize('Recoger'));
    expect(pickText({ es: 'Recoger' }, 'en-XA', 'en-XA')).toBe(pseudoLocalize('Recoger'));
  });

  it('is the store’s own when it wrote one, and other languages are untouched', () => {
    expect(pickText({ ...title, 'en-XA': 'Ćöļļéçţ' }, 'en-XA', 'es')).toBe('Ćöļļéçţ');
    expect(pickText(title, 'en', 'es')).toBe('Collect an order');
    expect(pickText(title, 'ar', 'es')).toBe('Recoger un pedido');
  });
});
