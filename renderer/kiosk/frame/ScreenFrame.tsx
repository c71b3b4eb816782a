// The frame every screen shares: a <main> with the screen's <h1>, which takes focus when the
// screen appears so keyboard and screen-reader users know where they are, and an action bar low
// on the screen (within reach) that always offers the accessibility options and a person's help;
// above it all, the staff bar while staff are signed in and the assisted band while assisted mode is on.
import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import type { FlowStepType } from '../../../shared/flows/flow-schema.ts';
import { AccessibilityButton } from '../accessibility/AccessibilityButton.tsx';
import { HelpButton } from '../help/HelpButton.tsx';
import { StaffBar } from '../staff/StaffBar.tsx';
import { AssistedBand } from './AssistedBand.tsx';
import './screen.css';

/** The data-screen values end-to-end tests find screens by. */
export type ScreenName =
  | 'starting'
  | 'attract'
  | 'language'
  | 'why'
  | 'home'
  | 'benefit'
  | `flow-${FlowStepType}`
  | 'thanks'
  | 'closed'
  | 'out-of-service';

interface ScreenFrameProps {
  screen: ScreenName;
  /** The flow step shown, for tests and tutorials (data-step). */
  step?: string;
  /** A band above the heading on every screen of a practice run. */
  banner?: ReactNode;
  title: ReactNode;
  eyebrow?: ReactNode;
  lead?: ReactNode;
  /** An offer under the lead (a tutorial): in the heading's column, so no control moves for it. */
  offer?: ReactNode;
  /** Secondary actions (back, start over) in the bottom bar, before the accessibility and help buttons. */
  actions?: ReactNode;
  /** Whether the bottom bar offers the accessibility options and a person's help (not while the kiosk is still starting). */
  help?: boolean;
  /** A press anywhere on the screen that is not on a control (the attract loop's "touch to start"). */
  onBackgroundPress?: () => void;
  children?: ReactNode;
}

export function ScreenFrame(props: ScreenFrameProps) {
  const { screen, step, banner, title, eyebrow, lead, offer, actions, help = true, onBackgroundPress, children } = props;
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);

  function pressed(event: MouseEvent<HTMLDivElement>): void {
    if (!onBackgroundPress) return;
    if (event.target instanceof Element && event.target.closest('button, a, input, dialog')) return;
    onBackgroundPress();
  }

  return (
    <div className={`screen screen--${screen}`} data-screen={screen} data-step={step} onClick={onBackgroundPress ? pressed : undefined}>
      <StaffBar />
      <AssistedBand />
      <main className="screen__main">
        {banner}
        <header className="screen__header">
          {eyebrow ? <p className="screen__eyebrow">{eyebrow}</p> : null}
          <h1 className="screen__title" ref={heading} tabIndex={-1} data-tutorial="heading">
            {title}
          </h1>
          {lead ? <div className="screen__lead">{lead}</div> : null}
          {offer}
        </header>
        <div className="screen__body">{children}</div>
      </main>
      {actions || help ? (
        <footer className="screen__footer">
          <div className="screen__actions">{actions}</div>
          {help ? (
            <div className="screen__aids">
              <AccessibilityButton />
              <HelpButton />
            </div>
          ) : null}
        </footer>
      ) : null}
    </div>
  );
}
