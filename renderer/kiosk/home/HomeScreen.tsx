// Home: the flows this session may use, each with its title and a one-line summary in the
// customer's language. Pilot flows appear only to the session's share or in assisted mode,
// assisted-only flows only in assisted mode; pilots are reported as seen.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenFrame } from '../frame/ScreenFrame.tsx';
import { chooseFlow } from '../flows/flow-actions.ts';
import { offeredFlows } from '../kiosk-selectors.ts';
import { FlowIcon } from '../flows/FlowIcon.tsx';
import { useText } from '../use-text.ts';
import { useKiosk, useKioskSlice } from '../kiosk-context.ts';
import { assistedOf, profileOf } from '../kiosk-status-store.ts';
import { recordScreen } from '../session/session-actions.ts';
import { StartOverButton } from '../session/StartOverButton.tsx';
import './home.css';

export function HomeScreen() {
  const { t } = useTranslation();
  const text = useText();
  const kiosk = useKiosk();
  const profile = useKioskSlice('status', profileOf);
  const seesPilots = useKioskSlice('session', (session) => session.seesPilots);
  const assisted = useKioskSlice('status', assistedOf);
  const sessionId = useKioskSlice('session', (session) => session.sessionId);
  const flows = useMemo(() => offeredFlows(profile?.flows ?? [], { seesPilots, assisted }), [profile, seesPilots, assisted]);

  useEffect(() => {
    if (!sessionId) return;
    for (const flow of flows) if (flow.pilot) kiosk.usage.record(sessionId, { type: 'pilot.exposed', flowId: flow.id, assisted });
  }, [flows, kiosk, sessionId, assisted]);

  return (
    <ScreenFrame
      screen="home"
      eyebrow={profile?.storeName}
      title={t('home.title')}
      lead={t('home.lead')}
      actions={
        <>
          <StartOverButton keypadBack />
          <button type="button" className="button button--secondary" onClick={() => openWhy(kiosk)}>
            {t('why.open')}
          </button>
        </>
      }
    >
      <ul className="service-list">
        {flows.map((flow) => (
          <li key={flow.id}>
            <button type="button" className="button service-button" onClick={() => chooseFlow(kiosk, flow.id)}>
              <FlowIcon icon={flow.icon} />
              <span className="service-button__text">
                <span className="service-button__title">{text(flow.title)}</span>
                <span className="service-button__summary">{text(flow.summary)}</span>
              </span>
              <svg className="service-button__arrow" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
                <path d="M18 10l14 14-14 14" fill="none" stroke="currentColor" strokeWidth="4" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
            </button>
          </li>
        ))}
      </ul>
    </ScreenFrame>
  );
}

function openWhy(kiosk: ReturnType<typeof useKiosk>): void {
  kiosk.session.getState().whyOpened();
  recordScreen(kiosk);
}
