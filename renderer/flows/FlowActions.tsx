// The bottom-bar actions of a flow step: back to the services, or start over altogether.
import { useTranslation } from 'react-i18next';
import { useKiosk, useKioskSlice } from '../kiosk/kiosk-context.ts';
import { StartOverButton } from '../session/StartOverButton.tsx';
import { leaveFlow } from './flow-actions.ts';

export function FlowActions() {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const busy = useKioskSlice('flow', (flow) => flow.busy);
  return (
    <>
      <button type="button" className="button button--secondary" aria-disabled={busy || undefined} onClick={() => leaveFlow(kiosk)}>
        {t('flow.back')}
      </button>
      <StartOverButton />
    </>
  );
}
