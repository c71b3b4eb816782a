// "Accessibility": on every customer screen, in the bottom bar beside "Need help?" (within reach
// from a wheelchair), it opens the options dialog. On the attract loop its touch is not the touch
// that starts a session (the screen ignores presses on controls and in dialogs): the modes chosen
// wait for the session. The dialog goes to <body>, out of the screen's colours (the attract loop's
// focus ring is drawn for its dark ground, not for a dialog's).
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { AccessibilityDialog } from './AccessibilityDialog.tsx';
import { AccessibilityIcon } from './AccessibilityIcon.tsx';
import './accessibility-button.css';

export function AccessibilityButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button accessibility-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <AccessibilityIcon />
        <span>{t('accessibility.button')}</span>
      </button>
      {open ? createPortal(<AccessibilityDialog onClose={() => setOpen(false)} />, document.body) : null}
    </>
  );
}
