// The band on every screen of a practice run: nothing here happens for real.
import { useTranslation } from 'react-i18next';
import './practice-banner.css';

export function PracticeBanner() {
  const { t } = useTranslation();
  return (
    <p className="practice-banner" role="note">
      <strong>{t('practice.banner')}</strong> {t('practice.bannerDetail')}
    </p>
  );
}
