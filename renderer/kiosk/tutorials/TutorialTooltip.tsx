// The text of one coach mark, drawn for react-joyride: a dialog named by its count ("Tip 1 of 3"),
// described by the mark's text, with Skip always there and big buttons for touch and keyboard.
import { useTranslation } from 'react-i18next';
import type { TooltipRenderProps } from 'react-joyride';
import './tutorial-tour.css';

export function TutorialTooltip({ index, size, isLastStep, step, primaryProps, backProps, skipProps }: TooltipRenderProps) {
  const { t } = useTranslation();
  return (
    // Joyride keeps Tab inside and focuses the button marked data-action="primary", so this is
    // a modal dialog to keyboard and screen-reader users; touches still reach the screen behind.
    <div className="tutorial-tip" role="dialog" aria-modal="true" aria-labelledby="tutorial-tip-count" aria-describedby="tutorial-tip-text">
      <p id="tutorial-tip-count" className="tutorial-tip__count">
        {size > 1 ? t('tutorial.count', { current: index + 1, total: size }) : t('tutorial.single')}
      </p>
      <p id="tutorial-tip-text" className="tutorial-tip__text">
        {step.content}
      </p>
      <div className="tutorial-tip__actions">
        <button type="button" className="button button--secondary tutorial-tip__skip" data-keypad-back data-action={skipProps['data-action']} onClick={skipProps.onClick}>
          {t('tutorial.skip')}
        </button>
        {index > 0 ? (
          <button type="button" className="button button--secondary" data-action={backProps['data-action']} onClick={backProps.onClick}>
            {t('tutorial.back')}
          </button>
        ) : null}
        <button type="button" className="button button--primary tutorial-tip__next" data-action={primaryProps['data-action']} onClick={primaryProps.onClick}>
          {isLastStep ? t('tutorial.done') : t('tutorial.next')}
        </button>
      </div>
    </div>
  );
}
