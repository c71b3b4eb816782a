// Out of service: says so in the store's languages and names the problem (file and field) so
// staff can fix it; a person can still be asked for.
import { useTranslation } from 'react-i18next';
import type { HostErrorPayload } from '../../shared/host-api/errors.ts';
import { languageDirection, translatedLanguages } from '../../shared/i18n/languages.ts';
import { ScreenFrame } from './frame/ScreenFrame.tsx';
import './out-of-service.css';

export function OutOfServiceScreen({ problem }: { problem: HostErrorPayload }) {
  const { t, i18n } = useTranslation();
  // The store's own languages may be what failed to load, so every translated one is shown.
  const others = translatedLanguages.filter((language) => language !== i18n.language);

  return (
    <ScreenFrame
      screen="out-of-service"
      title={t('outOfService.title')}
      lead={
        <>
          <p>{t('outOfService.lead')}</p>
          {others.map((language) => (
            <p key={language} lang={language} dir={languageDirection(language)} className="out-of-service__lead-other other-language">
              <span className="out-of-service__other-title">{i18n.getFixedT(language)('outOfService.title')}. </span>
              {i18n.getFixedT(language)('outOfService.lead')}
            </p>
          ))}
        </>
      }
    >
      <section className="out-of-service__details" aria-labelledby="problem-title">
        <h2 id="problem-title" className="out-of-service__details-title">
          {t('outOfService.details')}
        </h2>
        <p className="out-of-service__problem">{t(`errors.${problem.code}`, problem.params)}</p>
        {others.map((language) => (
          <p key={language} lang={language} dir={languageDirection(language)} className="out-of-service__problem out-of-service__problem--other other-language">
            {i18n.getFixedT(language)(`errors.${problem.code}`, problem.params)}
          </p>
        ))}
        <p className="out-of-service__code">{problem.code}</p>
      </section>
    </ScreenFrame>
  );
}
