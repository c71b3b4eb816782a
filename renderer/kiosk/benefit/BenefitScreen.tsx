// A flow's introduction: what the customer gains by doing it here, then "start", or "try it first"
// (a practice run with sample answers where nothing happens for real).
import { useTranslation } from 'react-i18next';
import { ScreenFrame } from '../frame/ScreenFrame.tsx';
import { leaveFlow, startFlow } from '../flows/flow-actions.ts';
import { activeFlow } from '../kiosk-selectors.ts';
import { FlowIcon } from '../flows/FlowIcon.tsx';
import { useText } from '../use-text.ts';
import { useKiosk, useKioskSlice } from '../kiosk-context.ts';
import { StartOverButton } from '../session/StartOverButton.tsx';
import { useFlowFigure } from './use-flow-figure.ts';
import '../frame/choice-stack.css';
import './flow-benefit.css';

export function BenefitScreen() {
  const { t } = useTranslation();
  const text = useText();
  const kiosk = useKiosk();
  useKioskSlice('session', (session) => session.flowId);
  const flow = activeFlow(kiosk);
  const practised = useKioskSlice('flow', (state) => state.practice && state.finished && state.flowId === flow?.id);
  const figure = useFlowFigure(kiosk, flow?.id);
  if (!flow) return null;

  return (
    <ScreenFrame
      screen="benefit"
      title={practised ? t('benefit.practisedTitle') : text(flow.title)}
      lead={practised ? t('benefit.practisedLead') : text(flow.summary)}
      actions={
        <>
          <button type="button" className="button button--secondary" data-keypad-back onClick={() => leaveFlow(kiosk)}>
            {t('flow.back')}
          </button>
          <StartOverButton />
        </>
      }
    >
      <div className="flow-benefit">
        <FlowIcon icon={flow.icon} />
        <div className="flow-benefit__text">
          <p className="flow-benefit__gain">{text(flow.benefit)}</p>
          {figure ? (
            <p className="flow-benefit__figure">{t('benefit.figure', { count: figure.minutes, customers: figure.customers })}</p>
          ) : null}
          <ul className="flow-benefit__promises">
          <li>{t('benefit.ownPace')}</li>
          <li>{t('benefit.personAnytime')}</li>
          </ul>
        </div>
      </div>
      <div className="choice-stack">
        <button type="button" className="button button--primary button--wide" onClick={() => startFlow(kiosk, false)}>
          {practised ? t('benefit.startForReal') : t('benefit.start')}
        </button>
        <button type="button" className="button button--secondary button--wide" onClick={() => startFlow(kiosk, true)}>
          {practised ? t('benefit.practiseAgain') : t('benefit.tryFirst')}
        </button>
      </div>
    </ScreenFrame>
  );
}
