// The bar across every console screen: what this screen is (the page's heading), who is signed in,
// and the staff member's own controls, the language switch always among them.
import { useEffect, useRef, type ReactNode } from 'react';
import { LanguageSwitch } from '../../kit/staff/LanguageSwitch.tsx';
import { useConsole } from '../console-context.ts';
import { memoryKeys } from '../preferences.ts';
import './console-header.css';

interface ConsoleHeaderProps {
  title: string;
  /** Beside the title: the counter's state. */
  status?: ReactNode;
  /** The signed-in staff member's name. */
  staffName?: string;
  children?: ReactNode;
}

export function ConsoleHeader({ title, status, staffName, children }: ConsoleHeaderProps) {
  const { memory } = useConsole();
  const heading = useRef<HTMLHeadingElement>(null);
  // Each screen starts at its heading, for keyboard and screen-reader users; a badge scan then
  // lands in no field. Only when the screen comes: a title that changes later (the counter's label
  // arriving, another language) leaves focus where the staff member put it.
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  return (
    <header className="console-header">
      <div className="console-header__title">
        <h1 ref={heading} tabIndex={-1} className="console-header__heading">
          {title}
        </h1>
        {status}
      </div>
      <div className="console-header__tools">
        {staffName ? <p className="console-header__staff">{staffName}</p> : null}
        <LanguageSwitch onChosen={(language) => memory.write(memoryKeys.language, language)} />
        {children}
      </div>
    </header>
  );
}
