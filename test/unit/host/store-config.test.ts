import { describe, expect, it } from 'vitest';
import { parseStoreConfig } from '../../../electron/host/config/load-store-config.ts';
import { describeProblem } from '../../../electron/host/config/describe-problem.ts';
import { storeConfigFixture, withoutValue, withValue } from '../../fixtures/store-config.ts';

function verdictFor(config: object | string) {
  return parseStoreConfig(typeof config === 'string' ? config : JSON.stringify(config), 'store.json');
}

describe('the store config', () => {
  it('accepts the fixture store and fills in defaults', () => {
    const verdict = verdictFor(withoutValue(withoutValue(storeConfigFixture(), 'session'), 'displays'));
    expect(verdict.ok).toBe(true);
    if (verdict.ok) {
      expect(verdict.config.session).toEqual({ idleSeconds: 60, warningSeconds: 30 });
      expect(verdict.config.displays.waitingBoard).toBe(true);
      expect(verdict.config.pilots.share).toBe(0);
      expect(verdict.config.benefits).toEqual([]);
    }
  });

  it('reports malformed JSON with its line', () => {
    const verdict = verdictFor('{\n  "store": { "id": "x",\n  }\n}');
    expect(verdict).toEqual({
      ok: false,
      problem: { code: 'config.malformedJson', params: { file: 'store.json', line: 3, column: expect.any(Number) } },
    });
  });

  it('names a missing field and what was expected', () => {
    expect(verdictFor(withoutValue(storeConfigFixture(), 'store'))).toEqual({
      ok: false,
      problem: { code: 'config.fieldMissing', params: { file: 'store.json', path: 'store', expected: 'object' } },
    });
  });

  it('names a field of the wrong type, what was expected and what was found', () => {
    const config = withValue(storeConfigFixture(), 'session.idleSeconds', 'sixty');
    expect(verdictFor(config)).toEqual({
      ok: false,
      problem: {
        code: 'config.wrongType',
        params: { file: 'store.json', path: 'session.idleSeconds', expected: 'number', received: 'string' },
      },
    });
  });

  it('points into arrays with an index an operator can find', () => {
    const config = withoutValue(storeConfigFixture(), 'flows[0].title.en');
    expect(verdictFor(config)).toMatchObject({
      ok: false,
      problem: { code: 'config.invalidValue', params: { path: 'flows[0].title.en' } },
    });
  });

  it('asks for a text in every language the store enables, Arabic and French too', () => {
    const verdict = verdictFor(storeConfigFixture({ languages: { enabled: ['es', 'en', 'fr', 'ar'], default: 'es' } }));
    expect(verdict).toMatchObject({ ok: false, problem: { code: 'config.invalidValue', params: { path: expect.stringMatching(/\.fr$/) } } });
  });

  it('asks for no pseudo-English text: the kiosk makes it from the English one', () => {
    const verdict = verdictFor(storeConfigFixture({ languages: { enabled: ['es', 'en', 'en-XA'], default: 'es' } }));
    expect(verdict.ok).toBe(true);
  });

  it('refuses a default language that is not enabled', () => {
    const verdict = verdictFor(storeConfigFixture({ languages: { enabled: ['es'], default: 'en' } }));
    expect(verdict).toMatchObject({ ok: false, problem: { params: { path: 'languages.default' } } });
  });

  it('refuses a misspelt field instead of ignoring it', () => {
    const verdict = verdictFor(withValue(storeConfigFixture(), 'sesion', { idleSeconds: 30 }));
    expect(verdict).toMatchObject({ ok: false, problem: { code: 'config.invalidValue', params: { path: 'sesion' } } });
  });

  it('refuses a warning shorter than the 20 seconds WCAG asks for', () => {
    const verdict = verdictFor(withValue(storeConfigFixture(), 'session.warningSeconds', 5));
    expect(verdict).toMatchObject({ ok: false, problem: { params: { path: 'session.warningSeconds' } } });
  });

  it('puts a problem into words for operators in English and Spanish', () => {
    const problem = { code: 'config.fieldMissing' as const, params: { file: 'store.json', path: 'store', expected: 'object' } };
    expect(describeProblem(problem, 'en')).toContain('store.json');
    expect(describeProblem(problem, 'en')).toContain('store');
    expect(describeProblem(problem, 'es')).not.toEqual(describeProblem(problem, 'en'));
  });
});
