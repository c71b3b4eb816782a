// The screens of a customer's session past the attract loop, from "why use the kiosk" to "thanks":
// a chunk of their own, which the kiosk fetches once its first screen is painted (KioskScreens).
import { BenefitScreen } from './benefit/BenefitScreen.tsx';
import { FlowScreen } from './flows/FlowScreen.tsx';
import { HomeScreen } from './home/HomeScreen.tsx';
import { LanguageScreen } from './language/LanguageScreen.tsx';
import { ThanksScreen } from './session/ThanksScreen.tsx';
import type { SessionPhase } from './session/session-store.ts';
import { WhyScreen } from './why/WhyScreen.tsx';

export function SessionScreens({ phase }: { phase: Exclude<SessionPhase, 'attract'> }) {
  switch (phase) {
    case 'why':
      return <WhyScreen />;
    case 'language':
      return <LanguageScreen />;
    case 'home':
      return <HomeScreen />;
    case 'benefit':
      return <BenefitScreen />;
    case 'flow':
      return <FlowScreen />;
    case 'thanks':
      return <ThanksScreen />;
  }
}
