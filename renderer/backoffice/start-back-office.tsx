// The back office app: builds its state, asks the host who is signed in, renders its screens.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BackOfficeContext } from './back-office-context.ts';
import { BackOfficeScreens } from './BackOfficeScreens.tsx';
import { createBackOffice, type BackOfficeDeps } from './create-back-office.ts';
import { checkSession } from './sign-in/session-actions.ts';

export function startBackOffice(root: HTMLElement, deps: BackOfficeDeps): void {
  const office = createBackOffice(deps);
  void checkSession(office);
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={deps.i18n}>
        <BackOfficeContext value={office}>
          <BackOfficeScreens />
        </BackOfficeContext>
      </I18nextProvider>
    </StrictMode>,
  );
}
