import { describe, expect, it } from 'vitest';
import { firstLanguage } from '../../../renderer/kit/staff/staff-language.ts';

describe("the console's first language", () => {
  it('is the one this browser chose last', () => {
    expect(firstLanguage('fr', ['en-GB'])).toBe('fr');
  });

  it("is else the browser's own when Atiende speaks it, in the first one it does", () => {
    expect(firstLanguage(null, ['en-GB', 'es'])).toBe('en');
    expect(firstLanguage(null, ['de-DE', 'ar-MA'])).toBe('ar');
  });

  it('is Spanish when neither is known, and never pseudo-English or a language it lacks', () => {
    expect(firstLanguage('en-XA', ['de'])).toBe('es');
    expect(firstLanguage('xx', [])).toBe('es');
  });
});
