// A coach-mark tour over the real screen, drawn by react-joyride (MIT, maintained): a spotlight on
// each marked part of the step, its text in the customer's language, Next, Previous and Skip.
// It never blocks: touches pass through the dimmed screen to the real controls (tutorial-tour.css),
// and Skip, or Esc, ends it at once.
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENTS, Joyride, STATUS, type EventData, type FloatingOptions, type Options, type Step, type Styles } from 'react-joyride';
import { useText } from '../use-text.ts';
import { useKiosk, useKioskSlice } from '../kiosk-context.ts';
import { profileOf } from '../kiosk-status-store.ts';
import { NothingShown } from './NothingShown.tsx';
import { finishTour, markShown, marksFound, skipTour } from './tutorial-actions.ts';
import { marksOf, targetSelector, type MarkTarget } from './tutorial-marks.ts';
import type { TutorialTour as Tour } from './tutorial-store.ts';
import { TutorialTooltip } from './TutorialTooltip.tsx';
import './tutorial-tour.css';

/** Joyride draws the overlay and spotlight as SVG attributes, which CSS variables cannot reach. */
const nightAt60 = 'rgba(14, 58, 54, 0.6)';
const sun = '#ffcf5c';
const surface = '#ffffff';

const options: Partial<Options> = {
  skipBeacon: true,
  buttons: ['skip', 'back', 'primary'],
  // Esc is handled below, as a skip; a touch on the dimmed screen goes to the screen itself.
  dismissKeyAction: false,
  overlayClickAction: false,
  overlayColor: nightAt60,
  arrowColor: surface,
  backgroundColor: surface,
  spotlightPadding: 14,
  spotlightRadius: 20,
  arrowSize: 18,
  arrowBase: 36,
  offset: 8,
  scrollDuration: 200,
  zIndex: 40,
};

const styles: Partial<Styles> = { spotlight: { stroke: sun, strokeWidth: 6 } };

/** Keeps the tooltip off the screen's edges, as the screens' own padding does. */
const floatingOptions: Partial<FloatingOptions> = { shiftOptions: { padding: 24 } };

interface ShownMark {
  target: MarkTarget;
  content: string;
}

export function TutorialTour({ tour }: { tour: Tour }) {
  const { t } = useTranslation();
  const text = useText();
  const kiosk = useKiosk();
  const flow = useKioskSlice('status', (status) => profileOf(status)?.flows.find((candidate) => candidate.id === tour.flowId) ?? null);

  const candidates = useMemo<ShownMark[]>(
    () =>
      tour.kind === 'person'
        ? [{ target: 'help', content: t('tutorial.personMark') }]
        : flow
          ? marksOf(flow, tour.step).map((mark) => ({ target: mark.target, content: text(mark.text) }))
          : [],
    // The texts are read once per tour: the language does not change while it runs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [flow, tour.kind, tour.step],
  );

  // The step's screen is on the page only after this tour's first render: look for the targets then.
  useLayoutEffect(() => {
    if (tour.shown !== null) return;
    const present = candidates.flatMap((mark, index) => (document.querySelector(targetSelector(tour.step, mark.target)) ? [index] : []));
    marksFound(kiosk, present);
  }, [kiosk, candidates, tour.shown, tour.step]);

  useEffect(() => {
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') skipTour(kiosk);
    };
    document.addEventListener('keydown', escape);
    return () => document.removeEventListener('keydown', escape);
  }, [kiosk]);

  const steps = useMemo<Step[]>(
    () =>
      (tour.shown ?? []).flatMap((index) => {
        const mark = candidates[index];
        return mark ? [{ target: targetSelector(tour.step, mark.target), content: mark.content, placement: 'top' as const }] : [];
      }),
    [candidates, tour.shown, tour.step],
  );

  function onEvent(data: EventData): void {
    if (data.type === EVENTS.TOOLTIP) markShown(kiosk, data.index);
    if (data.type === EVENTS.TOUR_END) {
      if (data.status === STATUS.SKIPPED) skipTour(kiosk);
      else finishTour(kiosk);
    }
  }

  if (steps.length === 0) return null;
  return (
    <Joyride
      run
      continuous
      scrollToFirstStep
      steps={steps}
      onEvent={onEvent}
      options={options}
      styles={styles}
      floatingOptions={floatingOptions}
      tooltipComponent={TutorialTooltip}
      beaconComponent={NothingShown}
      loaderComponent={NothingShown}
    />
  );
}
