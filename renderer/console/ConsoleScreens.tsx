// Which console screen shows: a moment while the host says who is signed in, the sign-in, or the
// signed-in console (the counter picker, then the counter itself).
import { useTranslation } from 'react-i18next';
import { useConsoleSlice } from './console-context.ts';
import { SignedInShell } from './SignedInShell.tsx';
import { SignInScreen } from './sign-in/SignInScreen.tsx';
import './console-screens.css';

export function ConsoleScreens() {
  const { t } = useTranslation();
  const phase = useConsoleSlice('session', (session) => session.current.phase);
  if (phase === 'signedOut') return <SignInScreen />;
  if (phase === 'signedIn') return <SignedInShell />;
  return (
    <main className="console-starting" data-screen="console-starting">
      <h1 className="console-starting__text">{t('console.starting')}</h1>
    </main>
  );
}
