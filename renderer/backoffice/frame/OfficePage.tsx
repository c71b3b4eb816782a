// Every back office screen's frame: the header band (the app's name, the sections once signed in,
// the manager's own controls), then the screen as the page's main region, opened by its heading.
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../kit/staff/LanguageSwitch.tsx';
import { officeMemoryKeys } from '../back-office.ts';
import { useBackOffice } from '../back-office-context.ts';
import './office-page.css';

interface OfficePageProps {
  /** Names the screen for tests and screenshots: data-screen. */
  screen: string;
  /** The screen's heading, which takes focus when the screen comes. */
  title: string;
  /** The sections, once a manager is signed in. */
  nav?: ReactNode;
  /** The signed-in member's name and sign-out. */
  tools?: ReactNode;
  children: ReactNode;
}

export function OfficePage({ screen, title, nav, tools, children }: OfficePageProps) {
  const { t } = useTranslation();
  const { memory } = useBackOffice();
  const heading = useRef<HTMLHeadingElement>(null);
  // Each screen starts at its heading, for keyboard and screen-reader users; a badge scan then lands
  // in no field. Only when the screen comes: a title in another language leaves focus where it is.
  useEffect(() => heading.current?.focus({ preventScroll: true }), [screen]);
  useEffect(() => {
    document.title = `${title} · Atiende · ${t('backoffice.title')}`;
  }, [title, t]);

  return (
    <div className="office" data-screen={screen}>
      <header className="office__band">
        <p className="office__app">
          Atiende · <span>{t('backoffice.title')}</span>
        </p>
        {nav}
        <div className="office__tools">
          {tools}
          <LanguageSwitch onChosen={(language) => memory.write(officeMemoryKeys.language, language)} />
        </div>
      </header>
      <main className="office__main">
        <h1 ref={heading} tabIndex={-1} className="office__title">
          {title}
        </h1>
        {children}
      </main>
    </div>
  );
}
