// The kiosk staff closed for a while: calm, in every store language, with staff's message (or the
// default notice) and a person still to be asked for. Not the out-of-service screen, which names a
// fault for staff to fix.
import { useTranslation } from 'react-i18next';
import { languageDirection, type Language } from '../../../shared/i18n/languages.ts';
import { ScreenFrame } from '../frame/ScreenFrame.tsx';
import { useKioskSlice } from '../kiosk-context.ts';
import { profileOf, type KioskClosure } from '../kiosk-status-store.ts';
import { closureTextIn } from './closure-message.ts';
import './closed.css';

export function ClosedScreen({ closure }: { closure: KioskClosure }) {
  const { t, i18n } = useTranslation();
  const shown = i18n.language as Language;
  const enabled = useKioskSlice('status', (status) => profileOf(status)?.languages.enabled ?? []);
  const others = enabled.filter((language) => language !== shown);
  const textIn = (language: Language) => closureTextIn(closure, language, i18n.getFixedT(language)('staffAtKiosk.closed.default'));

  return (
    <ScreenFrame
      screen="closed"
      title={t('staffAtKiosk.closed.title')}
      lead={<p className="closed__message">{textIn(shown)}</p>}
    >
      {others.length > 0 ? (
        <ul className="closed__others">
          {others.map((language) => (
            <li key={language} lang={language} dir={languageDirection(language)} className="closed__other other-language">
              <span className="closed__other-title">{i18n.getFixedT(language)('staffAtKiosk.closed.title')}</span>
              <span>{textIn(language)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </ScreenFrame>
  );
}
