// Key figures as tiles: a figure large, its name above, what it stands on below.
import type { KeyFigure } from './key-figures.ts';
import './key-figures.css';

export function KeyFigures({ figures, label }: { figures: KeyFigure[]; label: string }) {
  return (
    <dl className="key-figures" aria-label={label}>
      {figures.map((figure) => (
        <div key={figure.id} className="key-figures__tile" data-figure={figure.id}>
          <dt className="key-figures__label">{figure.label}</dt>
          <dd className="key-figures__value">{figure.value}</dd>
          {figure.detail ? <dd className="key-figures__detail">{figure.detail}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
