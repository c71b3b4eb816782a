// Cycles through the benefits of self-service, one at a time. It can be paused (WCAG 2.2.2), and
// screen readers get the whole list at once rather than a slide that keeps changing under them.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../kiosk-context.ts';
import { BenefitIcon } from './BenefitIcon.tsx';
import { benefitIntervalMs, benefits, nextBenefit } from './benefits.ts';
import './attract.css';

export function BenefitCarousel() {
  const { t } = useTranslation();
  const { timers } = useKiosk();
  const [shown, setShown] = useState(0);
  const [paused, setPaused] = useState(false);

  useEffect(() => {
    if (paused) return;
    return timers.after(benefitIntervalMs, () => setShown(nextBenefit));
  }, [paused, shown, timers]);

  const benefit = benefits[shown] ?? 'noQueue';
  return (
    <section className="benefits" aria-labelledby="benefits-title">
      <h2 id="benefits-title" className="visually-hidden">
        {t('attract.benefitsLabel')}
      </h2>
      <ul className="visually-hidden">
        {benefits.map((item) => (
          <li key={item}>
            {t(`attract.benefits.${item}.title`)}. {t(`attract.benefits.${item}.text`)}
          </li>
        ))}
      </ul>
      <div className="benefit" aria-hidden="true" key={benefit}>
        <BenefitIcon benefit={benefit} />
        <p className="benefit__title">{t(`attract.benefits.${benefit}.title`)}</p>
        <p className="benefit__text">{t(`attract.benefits.${benefit}.text`)}</p>
      </div>
      <div className="benefits__controls">
        <ol className="benefits__dots" aria-hidden="true">
          {benefits.map((item, index) => (
            <li key={item} className={index === shown ? 'benefits__dot benefits__dot--current' : 'benefits__dot'} />
          ))}
        </ol>
        <button type="button" className="button button--quiet benefits__pause" onClick={() => setPaused(!paused)}>
          {paused ? t('attract.resume') : t('attract.pause')}
        </button>
      </div>
    </section>
  );
}
