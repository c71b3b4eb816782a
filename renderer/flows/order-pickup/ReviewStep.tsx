// Step 2 of order pickup: what was found (how many items, where), confirmed before collecting.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/i18n/languages.ts';
import { ScreenFrame } from '../../a11y/ScreenFrame.tsx';
import { ProblemAlert } from '../../help/ProblemAlert.tsx';
import { pickText } from '../../i18n/localized-text.ts';
import { useKiosk, useKioskSlice } from '../../kiosk/kiosk-context.ts';
import { profileOf } from '../../kiosk/settings-store.ts';
import { FlowActions } from '../FlowActions.tsx';
import { StepLabel } from '../StepLabel.tsx';
import { normalizeOrderCode } from './order-code.ts';
import { changeCode, collectOrder } from './pickup-actions.ts';
import '../../styles/pickup.css';

export function ReviewStep() {
  const { t, i18n } = useTranslation();
  const kiosk = useKiosk();
  const order = useKioskSlice('flow', (flow) => flow.order);
  const code = useKioskSlice('flow', (flow) => flow.code);
  const busy = useKioskSlice('flow', (flow) => flow.busy);
  const problem = useKioskSlice('flow', (flow) => flow.problem);
  const fallback = useKioskSlice('settings', (settings) => profileOf(settings)?.languages.default ?? 'es');

  function collectAgain(): void {
    kiosk.flow.getState().problemDismissed();
    void collectOrder(kiosk);
  }

  return (
    <ScreenFrame
      screen="flow-review"
      eyebrow={<StepLabel step="review" />}
      title={t('pickup.review.title')}
      lead={t('pickup.review.lead')}
      actions={<FlowActions />}
    >
      <dl className="order-card">
        <div className="order-card__row">
          <dt>{t('pickup.review.code')}</dt>
          <dd className="order-card__code">{normalizeOrderCode(code)}</dd>
        </div>
        <div className="order-card__row">
          <dt>{t('pickup.review.items')}</dt>
          <dd>{t('pickup.review.itemCount', { count: order?.itemCount ?? 0 })}</dd>
        </div>
        <div className="order-card__row">
          <dt>{t('pickup.review.where')}</dt>
          <dd>{order ? pickText(order.collectionPoint, i18n.language as Language, fallback) : ''}</dd>
        </div>
      </dl>
      {problem ? <ProblemAlert problem={problem} onTryAgain={collectAgain} /> : null}
      <p className="status" aria-live="polite">
        {busy ? t('pickup.review.collecting') : ''}
      </p>
      <div className="choice-stack">
        <button
          type="button"
          className="button button--primary button--wide"
          aria-disabled={busy || undefined}
          onClick={() => void collectOrder(kiosk)}
        >
          {t('pickup.review.confirm')}
        </button>
        <button type="button" className="button button--secondary button--wide" aria-disabled={busy || undefined} onClick={() => changeCode(kiosk)}>
          {t('pickup.review.changeCode')}
        </button>
      </div>
    </ScreenFrame>
  );
}
