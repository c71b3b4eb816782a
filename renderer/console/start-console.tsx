// The counter console app: builds its state, asks the host who is signed in, renders its screens.
import type { i18n } from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { ConsoleContext } from './console-context.ts';
import { ConsoleScreens } from './ConsoleScreens.tsx';
import { createStaffConsole, type StaffConsoleDeps } from './create-staff-console.ts';
import { checkSession } from './sign-in/session-actions.ts';

export function startConsole(root: HTMLElement, deps: StaffConsoleDeps & { i18n: i18n }): void {
  const staffConsole = createStaffConsole(deps);
  void checkSession(staffConsole);
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={deps.i18n}>
        <ConsoleContext value={staffConsole}>
          <ConsoleScreens />
        </ConsoleContext>
      </I18nextProvider>
    </StrictMode>,
  );
}
