// The accessibility options: read aloud, large text, high contrast and low reach, each a switch
// that takes effect at once (the customer sees the change behind and in the dialog), then "Done".
// The modes last until the session ends. The keypad mode is not here: pressing a keypad key is
// what turns it on.
import { useTranslation } from 'react-i18next';
import type { AccessibilityMode } from '../../../shared/accessibility/modes.ts';
import { ModalDialog } from '../../kit/frame/ModalDialog.tsx';
import { ModeSwitch } from './ModeSwitch.tsx';
import '../../kit/frame/dialog.css';
import './accessibility-dialog.css';

const menuModes = ['speech', 'largeText', 'highContrast', 'lowReach'] as const satisfies readonly AccessibilityMode[];

export function AccessibilityDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog role="dialog" labelledBy="accessibility-title" describedBy="accessibility-text" onDismiss={onClose} className="accessibility-dialog">
      <h2 id="accessibility-title" className="dialog__title">
        {t('accessibility.title')}
      </h2>
      <p id="accessibility-text" className="dialog__text">
        {t('accessibility.lead')}
      </p>
      <ul className="accessibility-dialog__modes">
        {menuModes.map((mode, index) => (
          <li key={mode}>
            <ModeSwitch mode={mode} autoFocus={index === 0} />
          </li>
        ))}
      </ul>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" data-keypad-back onClick={onClose}>
          {t('accessibility.done')}
        </button>
      </div>
    </ModalDialog>
  );
}
