// After a completed flow: "how was it?" in one touch, then one question on a service-quality
// dimension (reliability, responsiveness, assurance, empathy, tangibles). Both can be skipped.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activeFlow } from '../kiosk-selectors.ts';
import { useKiosk, useKioskSlice } from '../kiosk-context.ts';
import { dimensionForSession } from './quality-dimension.ts';
import { RatingScale } from './RatingScale.tsx';
import './feedback.css';

interface FeedbackPanelProps {
  /** Told when the customer has answered or skipped, so the thank-you can close. */
  onDone: () => void;
  /** Told on every answer, so the thank-you waits while the customer is busy with it. */
  onActivity: () => void;
}

export function FeedbackPanel({ onDone, onActivity }: FeedbackPanelProps) {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const sessionId = useKioskSlice('session', (session) => session.sessionId);
  const [question, setQuestion] = useState<'overall' | 'dimension' | 'done'>('overall');
  const flow = activeFlow(kiosk);
  if (!sessionId || !flow || question === 'done') return null;
  const dimension = dimensionForSession(sessionId);

  function rateOverall(rating: number): void {
    if (!sessionId || !flow) return;
    kiosk.usage.record(sessionId, { type: 'feedback.rated', flowId: flow.id, rating, pilot: flow.pilot });
    setQuestion('dimension');
    onActivity();
  }

  function rateDimension(rating: number): void {
    if (!sessionId || !flow) return;
    kiosk.usage.record(sessionId, { type: 'feedback.dimensionRated', flowId: flow.id, dimension, rating });
    finish();
  }

  function skip(): void {
    if (sessionId && flow && question === 'overall') kiosk.usage.record(sessionId, { type: 'feedback.skipped', flowId: flow.id });
    finish();
  }

  function finish(): void {
    setQuestion('done');
    onDone();
  }

  const questionId = `feedback-${question}`;
  return (
    <section className="feedback" aria-labelledby={questionId}>
      <h2 id={questionId} className="feedback__question">
        {question === 'overall' ? t('feedback.overall') : t(`feedback.dimensions.${dimension}`)}
      </h2>
      {question === 'overall' ? (
        <RatingScale key="overall" labelledBy={questionId} answers="feedback.rating" onRate={rateOverall} />
      ) : (
        <RatingScale key="dimension" labelledBy={questionId} answers="feedback.agreement" onRate={rateDimension} />
      )}
      <button type="button" className="button button--secondary feedback__skip" onClick={skip}>
        {question === 'overall' ? t('feedback.skip') : t('feedback.skipSecond')}
      </button>
    </section>
  );
}
