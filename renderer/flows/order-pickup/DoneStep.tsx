// Step 3 of order pickup: the order is released; where to collect it, in the customer's language.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/i18n/languages.ts';
import { ScreenFrame } from '../../a11y/ScreenFrame.tsx';
import { pickText } from '../../i18n/localized-text.ts';
import { useKiosk, useKioskSlice } from '../../kiosk/kiosk-context.ts';
import { profileOf } from '../../kiosk/settings-store.ts';
import { StepLabel } from '../StepLabel.tsx';
import { finishFlow } from '../flow-actions.ts';
import '../../styles/pickup.css';

export function DoneStep() {
  const { t, i18n } = useTranslation();
  const kiosk = useKiosk();
  const collectionPoint = useKioskSlice('flow', (flow) => flow.collectionPoint);
  const itemCount = useKioskSlice('flow', (flow) => flow.order?.itemCount ?? 0);
  const fallback = useKioskSlice('settings', (settings) => profileOf(settings)?.languages.default ?? 'es');

  return (
    <ScreenFrame
      screen="flow-done"
      eyebrow={<StepLabel step="done" />}
      title={t('pickup.done.title')}
      lead={t('pickup.done.lead')}
    >
      <div className="collection-point">
        <svg className="collection-point__icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
          <path d="M24 44s14-13 14-24a14 14 0 0 0-28 0c0 11 14 24 14 24z" fill="none" stroke="currentColor" strokeWidth="3" strokeLinejoin="round" />
          <circle cx="24" cy="20" r="5" fill="currentColor" />
        </svg>
        <p className="collection-point__place">
          {collectionPoint ? pickText(collectionPoint, i18n.language as Language, fallback) : ''}
        </p>
        <p className="collection-point__items">{t('pickup.review.itemCount', { count: itemCount })}</p>
      </div>
      <button type="button" className="button button--primary button--wide" onClick={() => finishFlow(kiosk)}>
        {t('pickup.done.finish')}
      </button>
    </ScreenFrame>
  );
}
