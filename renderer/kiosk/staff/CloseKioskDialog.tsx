// Staff put the kiosk out of service: a message for customers in each store language, side by
// side, typed or filled from a few ready-made ones that every language has (each button named
// briefly, its whole message going into the fields); left empty, customers read the default notice.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageDirection, languageNames, type Language } from '../../../shared/i18n/languages.ts';
import { ModalDialog } from '../../kit/frame/ModalDialog.tsx';
import { useKiosk, useKioskSlice } from '../kiosk-context.ts';
import { profileOf } from '../kiosk-status-store.ts';
import { closureMessageMaxLength, closureMessageOf, closurePresets } from './closure-message.ts';
import { cancelStaffDialog, closeKiosk } from './staff-actions.ts';
import { useStaffLanguageAttributes } from './StaffLanguage.tsx';
import '../../kit/frame/dialog.css';
import './close-kiosk.css';

export function CloseKioskDialog() {
  const { t, i18n } = useTranslation();
  const kiosk = useKiosk();
  const language = useStaffLanguageAttributes();
  const languages = useKioskSlice('status', (status) => profileOf(status)?.languages.enabled ?? []);
  const busy = useKioskSlice('staff', (desk) => desk.busy);
  const problem = useKioskSlice('staff', (desk) => desk.problem);
  const [typed, setTyped] = useState<Partial<Record<Language, string>>>({});

  function fillPreset(preset: (typeof closurePresets)[number]): void {
    setTyped(Object.fromEntries(languages.map((each) => [each, i18n.getFixedT(each)(`staffAtKiosk.closeKiosk.presets.${preset}`)])));
  }

  return (
    <ModalDialog role="dialog" labelledBy="close-kiosk-title" describedBy="close-kiosk-text" className="close-kiosk" onDismiss={() => cancelStaffDialog(kiosk)}>
      <form
        className="close-kiosk__form"
        {...language}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void closeKiosk(kiosk, closureMessageOf(typed));
        }}
      >
        <h2 id="close-kiosk-title" className="dialog__title">
          {t('staffAtKiosk.closeKiosk.title')}
        </h2>
        <p id="close-kiosk-text" className="dialog__text">
          {t('staffAtKiosk.closeKiosk.lead')}
        </p>
        <div className="close-kiosk__presets" role="group" aria-label={t('staffAtKiosk.closeKiosk.presetsLabel')}>
          {closurePresets.map((preset) => (
            <button key={preset} type="button" className="button button--choice close-kiosk__preset" onClick={() => fillPreset(preset)}>
              {t(`staffAtKiosk.closeKiosk.presetNames.${preset}`)}
            </button>
          ))}
        </div>
        <div className="close-kiosk__messages">
          {languages.map((each) => (
            <label key={each} className="close-kiosk__message">
              <span className="close-kiosk__language">{t('staffAtKiosk.closeKiosk.messageIn', { language: languageNames[each] })}</span>
              <textarea
                className="close-kiosk__text"
                lang={each}
                dir={languageDirection(each)}
                rows={3}
                maxLength={closureMessageMaxLength}
                value={typed[each] ?? ''}
                data-autofocus={each === languages[0] || undefined}
                onChange={(event) => setTyped((before) => ({ ...before, [each]: event.target.value }))}
              />
            </label>
          ))}
        </div>
        {problem ? (
          <p className="close-kiosk__problem" role="alert">
            {t('staffAtKiosk.bar.failed')} {t(`errors.${problem.code}`, problem.params)}
          </p>
        ) : null}
        <div className="close-kiosk__actions">
          <button type="button" className="button button--quiet" onClick={() => cancelStaffDialog(kiosk)}>
            {t('staffAtKiosk.closeKiosk.cancel')}
          </button>
          <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
            {t('staffAtKiosk.closeKiosk.confirm')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
