// The problem box's way forward: "Try again" where another try may work, only a person where it
// cannot (this visit's tickets are used up), and "Start over" when the session is gone.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import { ProblemAlert } from '../../../renderer/kiosk/help/ProblemAlert.tsx';
import { KioskContext } from '../../../renderer/kiosk/kiosk-context.ts';
import { exampleStoreCopy } from '../../fixtures/host.ts';
import { customerAtHome } from './kiosk-fixture.ts';

describe('the problem box', () => {
  it('offers another try, a person, or a fresh start, as the problem allows', async () => {
    const { kiosk } = await customerAtHome({ store: exampleStoreCopy('demo') });
    await kiosk.i18n.changeLanguage('en');
    const buttons = (problem: HostErrorPayload) => {
      const markup = renderToStaticMarkup(
        createElement(I18nextProvider, { i18n: kiosk.i18n }, createElement(KioskContext.Provider, { value: kiosk }, createElement(ProblemAlert, { problem, onTryAgain: () => undefined }))),
      );
      return [...markup.matchAll(/<button[^>]*class="button ([^"]+)"[^>]*>([^<]+)</g)].map(([, kind, label]) => `${label} (${kind})`);
    };
    const tryAgain = kiosk.i18n.t('problem.tryAgain');
    const askPerson = kiosk.i18n.t('problem.askPerson');

    expect(buttons({ code: 'queue.kioskBusy', params: {} })).toEqual([`${tryAgain} (button--primary)`, `${askPerson} (button--secondary)`]);
    expect(buttons({ code: 'queue.ticketLimitReached', params: { max: 3 } })).toEqual([`${askPerson} (button--primary)`]);
    expect(buttons({ code: 'session.unknown', params: {} })).toEqual([`${kiosk.i18n.t('session.startOver')} (button--primary)`, `${askPerson} (button--secondary)`]);
  });
});
