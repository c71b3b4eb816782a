// The demo store ships with the kiosk: it must load, and say everything in every language it enables.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadStoreConfig } from '../../../electron/host/config/load-store-config.ts';
import { loadOrderBook } from '../../../electron/host/pickup/order-book.ts';
import { pseudoLanguage } from '../../../shared/i18n/languages.ts';
import { localizedTexts } from '../../fixtures/localized-texts.ts';

const demoDir = fileURLToPath(new URL('../../../assets/stores/demo/', import.meta.url));

describe('the demo store', () => {
  const verdict = loadStoreConfig(`${demoDir}store.json`);

  it('loads, orders included', () => {
    expect(verdict).toMatchObject({ ok: true });
    if (verdict.ok) expect(loadOrderBook(`${demoDir}store.json`, verdict.config)).toMatchObject({ ok: true });
  });

  it('has every text, in its config and its orders, in every language it enables', () => {
    if (!verdict.ok) throw new Error('the demo store does not load');
    const enabled = verdict.config.languages.enabled.filter((language) => language !== pseudoLanguage);
    const files = ['store.json', verdict.config.orders.file];
    const texts = files.flatMap((file) =>
      localizedTexts(JSON.parse(readFileSync(`${demoDir}${file}`, 'utf8'))).map((found) => ({ ...found, path: `${file} ${found.path}` })),
    );
    expect(texts.length).toBeGreaterThan(3);
    const missing = texts.flatMap(({ path, text }) =>
      enabled.filter((language) => typeof text[language] !== 'string' || text[language] === '').map((language) => `${path}.${language}`),
    );
    expect(missing).toEqual([]);
  });
});
