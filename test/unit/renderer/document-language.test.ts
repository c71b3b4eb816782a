// The page follows the customer's language: lang for screen readers, dir for the layout.
import { describe, expect, it } from 'vitest';
import { createKioskI18n } from '../../../renderer/kit/i18n/create-i18n.ts';
import { followDocumentLanguage } from '../../../renderer/kit/i18n/document-language.ts';

describe('the document language', () => {
  it('turns the page right to left for Arabic and back for the next customer', async () => {
    const translator = createKioskI18n('es');
    const root = { lang: '', dir: '' };
    const stop = followDocumentLanguage(translator, root);
    expect(root).toEqual({ lang: 'es', dir: 'ltr' });
    await translator.changeLanguage('ar');
    expect(root).toEqual({ lang: 'ar', dir: 'rtl' });
    await translator.changeLanguage('en-XA');
    expect(root).toEqual({ lang: 'en-XA', dir: 'ltr' });
    stop();
    await translator.changeLanguage('ar');
    expect(root.lang).toBe('en-XA');
  });
});
