import { describe, expect, it } from 'vitest';
import { parseStoreConfig } from '../../../electron/host/config/load-store-config.ts';
import { describeProblem } from '../../../electron/host/config/describe-problem.ts';
import { storeConfigFixture } from '../../fixtures/store-config.ts';

function verdictFor(config: unknown) {
  return parseStoreConfig(typeof config === 'string' ? config : JSON.stringify(config), 'store.json');
}

describe('the store config', () => {
  it('accepts the fixture store and fills in defaults', () => {
    const { session, displays, ...rest } = storeConfigFixture();
    void session;
    void displays;
    const verdict = verdictFor(rest);
    expect(verdict.ok).toBe(true);
    if (verdict.ok) {
      expect(verdict.config.session).toEqual({ idleSeconds: 60, warningSeconds: 30 });
      expect(verdict.config.displays.waitingBoard).toBe(true);
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
    const config = storeConfigFixture();
    delete config.store;
    expect(verdictFor(config)).toEqual({
      ok: false,
      problem: { code: 'config.fieldMissing', params: { file: 'store.json', path: 'store', expected: 'object' } },
    });
  });

  it('names a field of the wrong type, what was expected and what was found', () => {
    const config = storeConfigFixture({ session: { idleSeconds: 'sixty', warningSeconds: 20 } });
    expect(verdictFor(config)).toEqual({
      ok: false,
      problem: {
        code: 'config.wrongType',
        params: { file: 'store.json', path: 'session.idleSeconds', expected: 'number', received: 'string' },
      },
    });
  });

  it('points into arrays with an index an operator can find', () => {
    const config = storeConfigFixture();
    const services = config.services as Array<Record<string, unknown>>;
    services[0] = { ...services[0], title: { es: 'Recoger' } };
    expect(verdictFor(config)).toMatchObject({
      ok: false,
      problem: { code: 'config.invalidValue', params: { path: 'services[0].title.en' } },
    });
  });

  it('asks for a text in every language the store enables, Arabic and French too', () => {
    const verdict = verdictFor(storeConfigFixture({ languages: { enabled: ['es', 'en', 'fr', 'ar'], default: 'es' } }));
    expect(verdict).toMatchObject({ ok: false, problem: { code: 'config.invalidValue', params: { path: 'services[0].title.fr' } } });
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
    const verdict = verdictFor(storeConfigFixture({ sesion: { idleSeconds: 30 } }));
    expect(verdict).toMatchObject({ ok: false, problem: { code: 'config.invalidValue', params: { path: 'sesion' } } });
  });

  it('refuses a warning shorter than the 20 seconds WCAG asks for', () => {
    const verdict = verdictFor(storeConfigFixture({ session: { idleSeconds: 30, warningSeconds: 5 } }));
    expect(verdict).toMatchObject({ ok: false, problem: { params: { path: 'session.warningSeconds' } } });
  });

  it('puts a problem into words for operators in English and Spanish', () => {
    const problem = { code: 'config.fieldMissing' as const, params: { file: 'store.json', path: 'store', expected: 'object' } };
    expect(describeProblem(problem, 'en')).toContain('store.json');
    expect(describeProblem(problem, 'en')).toContain('store');
    expect(describeProblem(problem, 'es')).not.toEqual(describeProblem(problem, 'en'));
  });
});
