// Shown for the moment between loading the page and the host's first answer.
import { useTranslation } from 'react-i18next';
import { ScreenFrame } from './frame/ScreenFrame.tsx';

export function StartingScreen() {
  const { t } = useTranslation();
  return <ScreenFrame screen="starting" title={t('app.starting')} help={false} />;
}
