// Five one-touch answers from 1 to 5, each named in words so nobody has to guess what a number means.
import { useTranslation } from 'react-i18next';
import './rating-scale.css';

interface RatingScaleProps {
  /** The question, read as the group's name. */
  labelledBy: string;
  /** The translation keys of the five answers, 1 first. */
  answers: 'feedback.rating' | 'feedback.agreement';
  onRate: (rating: number) => void;
}

export function RatingScale({ labelledBy, answers, onRate }: RatingScaleProps) {
  const { t } = useTranslation();
  return (
    <div className="rating-scale" role="group" aria-labelledby={labelledBy} data-keypad-choices>
      {[1, 2, 3, 4, 5].map((rating) => (
        <button key={rating} type="button" className={`button rating-scale__answer rating-scale__answer--${rating}`} onClick={() => onRate(rating)}>
          <span className="rating-scale__number" aria-hidden="true">
            {rating}
          </span>
          <span className="rating-scale__words">{t(`${answers}.${rating}`)}</span>
        </button>
      ))}
    </div>
  );
}
