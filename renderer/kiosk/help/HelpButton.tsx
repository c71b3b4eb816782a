// "Need help? Prefer a person": on every customer screen, so self-service is never a dead end.
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../kiosk-context.ts';
import { currentScreen } from '../kiosk-selectors.ts';
import { requestHelp } from './help-actions.ts';
import { PersonIcon } from './PersonIcon.tsx';
import './help-button.css';

export function HelpButton() {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  return (
    <button type="button" className="button help-button" data-tutorial="help" onClick={() => void requestHelp(kiosk, currentScreen(kiosk))}>
      <PersonIcon />
      <span className="help-button__text">
        <span>{t('help.button')}</span>{' '}
        <span className="help-button__detail">{t('help.buttonDetail')}</span>
      </span>
    </button>
  );
}
