// A simple line drawing for each benefit; decorative, the text says it all.
import type { Benefit } from './benefits.ts';
import './attract.css';

const drawings: Record<Benefit, string> = {
  // A clock: time saved.
  noQueue: 'M24 6a18 18 0 1 0 0 36a18 18 0 1 0 0-36zM24 14v11l7 5',
  // Footsteps on a path: your own pace.
  ownPace: 'M10 38c6-2 9-8 14-10s10 0 14-6M14 14a3 3 0 1 0 0 .1M22 8a3 3 0 1 0 0 .1M34 30a3 3 0 1 0 0 .1',
  // Two speech bubbles: your own language.
  ownLanguage: 'M6 10h22v14H16l-6 5v-5H6zM20 28v4h12l6 5v-5h4V18h-8',
  // A padlock: privacy.
  privacy: 'M12 22h24v18H12zM17 22v-6a7 7 0 0 1 14 0v6M24 29v5',
};

export function BenefitIcon({ benefit }: { benefit: Benefit }) {
  return (
    <svg className="benefit__icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <path
        d={drawings[benefit]}
        fill="none"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
