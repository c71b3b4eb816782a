// One mode in the options dialog: a switch (role="switch", aria-checked) with its name, a line on
// what it does, and its state in words as well as in the knob's place, never in colour alone.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessibilityMode } from '../../../shared/accessibility/modes.ts';
import { useKiosk, useKioskSlice } from '../kiosk-context.ts';
import { switchMode } from './accessibility-actions.ts';
import './mode-switch.css';

export function ModeSwitch({ mode, autoFocus = false }: { mode: AccessibilityMode; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const on = useKioskSlice('accessibility', (accessibility) => accessibility.modes[mode]);
  const id = useId();
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      aria-labelledby={`${id}-name`}
      aria-describedby={`${id}-text`}
      className="button mode-switch"
      data-mode={mode}
      data-autofocus={autoFocus ? true : undefined}
      onClick={() => switchMode(kiosk, mode, !on, 'menu')}
    >
      <span className="mode-switch__words">
        <span id={`${id}-name`} className="mode-switch__name">
          {t(`accessibility.modes.${mode}.name`)}
        </span>
        <span id={`${id}-text`} className="mode-switch__text">
          {t(`accessibility.modes.${mode}.text`)}
        </span>
      </span>
      <span className="mode-switch__state" aria-hidden="true">
        <span className="mode-switch__track">
          <span className="mode-switch__knob" />
        </span>
        <span className="mode-switch__word">{on ? t('accessibility.on') : t('accessibility.off')}</span>
      </span>
    </button>
  );
}
