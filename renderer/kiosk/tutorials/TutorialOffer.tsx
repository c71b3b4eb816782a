// "New here? Show me how (20 s)": a small offer under the step's heading that covers nothing and
// goes with one touch. Announced politely when it appears on a step already on screen. With no
// offer and no tour on screen, a step that has a tutorial keeps a quiet "How does this work?".
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flow } from '../../../shared/flows/flow-schema.ts';
import { useKiosk, useKioskSlice } from '../kiosk-context.ts';
import { acceptOffer, askForTour, declineOffer } from './tutorial-actions.ts';
import { marksOf, tourSeconds } from './tutorial-marks.ts';
import { tourCode } from './tour-code.ts';
import './tutorial-offer.css';

interface TutorialOfferProps {
  flow: Flow;
  step: string;
}

export function TutorialOffer({ flow, step }: TutorialOfferProps) {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const offer = useKioskSlice('tutorial', (tutorial) => tutorial.offer);
  const touring = useKioskSlice('tutorial', (tutorial) => tutorial.tour !== null);
  const shown = offer !== null && offer.flowId === flow.id && offer.step === step ? offer : null;
  const question = shown?.kind === 'person' ? 'person' : shown?.trigger === 'firstUse' ? 'firstUse' : 'hesitation';
  const show = shown?.kind === 'person'
    ? t('tutorial.offer.showPerson')
    : t('tutorial.offer.show', { seconds: tourSeconds(flow, shown?.trigger === 'firstUse' ? null : step) });
  const asking = !touring && marksOf(flow, step).length > 0;
  const tourOffered = shown !== null || asking;

  // Every tour starts from this offer or button (or follows one taken earlier in the flow): its code
  // comes while the customer reads them.
  useEffect(() => {
    if (tourOffered) tourCode.preload();
  }, [tourOffered]);

  return (
    <>
      {/* Mounted with the step (and out of the layout), so an offer made later is read out. */}
      <p className="visually-hidden" aria-live="polite">
        {shown ? `${t(`tutorial.offer.${question}`)} ${show}` : ''}
      </p>
      {shown ? (
        <div className="tutorial-offer" role="group" aria-labelledby="tutorial-offer-question">
          <p id="tutorial-offer-question" className="tutorial-offer__question">
            {t(`tutorial.offer.${question}`)}
          </p>
          <div className="tutorial-offer__actions">
            <button type="button" className="button button--secondary" onClick={() => acceptOffer(kiosk)}>
              {show}
            </button>
            <button type="button" className="button button--quiet" onClick={() => declineOffer(kiosk)}>
              {t('tutorial.offer.decline')}
            </button>
          </div>
        </div>
      ) : asking ? (
        <button type="button" className="button button--quiet tutorial-ask" onClick={() => askForTour(kiosk)}>
          {t('tutorial.ask')}
        </button>
      ) : null}
    </>
  );
}
