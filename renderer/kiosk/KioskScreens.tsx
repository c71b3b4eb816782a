// Picks the screen for the kiosk's state and the customer's phase (or the closed screen while staff
// have closed the kiosk); dialogs, and staff's gesture and dialogs, sit above any of them.
import { AttractScreen } from './attract/AttractScreen.tsx';
import { BenefitScreen } from './benefit/BenefitScreen.tsx';
import { FlowScreen } from './flows/FlowScreen.tsx';
import { HelpDialog } from './help/HelpDialog.tsx';
import { HomeScreen } from './home/HomeScreen.tsx';
import { IdleGuard } from './idle/IdleGuard.tsx';
import { LanguageScreen } from './language/LanguageScreen.tsx';
import { ThanksScreen } from './session/ThanksScreen.tsx';
import { TutorialLayer } from './tutorials/TutorialLayer.tsx';
import { WhyScreen } from './why/WhyScreen.tsx';
import { useKioskSlice } from './kiosk-context.ts';
import { OutOfServiceScreen } from './OutOfServiceScreen.tsx';
import { StartingScreen } from './StartingScreen.tsx';
import { ClosedScreen } from './staff/ClosedScreen.tsx';
import { StaffLayer } from './staff/StaffLayer.tsx';

export function KioskScreens() {
  const kiosk = useKioskSlice('status', (status) => status.current);
  const phase = useKioskSlice('session', (session) => session.phase);

  if (kiosk.status === 'starting') return <StartingScreen />;
  if (kiosk.status === 'outOfService') {
    return (
      <>
        <OutOfServiceScreen problem={kiosk.problem} />
        <HelpDialog />
      </>
    );
  }
  if (kiosk.closure) {
    return (
      <>
        <ClosedScreen closure={kiosk.closure} />
        <HelpDialog />
        <StaffLayer />
      </>
    );
  }
  return (
    <>
      {phase === 'attract' ? <AttractScreen /> : null}
      {phase === 'why' ? <WhyScreen /> : null}
      {phase === 'language' ? <LanguageScreen /> : null}
      {phase === 'home' ? <HomeScreen /> : null}
      {phase === 'benefit' ? <BenefitScreen /> : null}
      {phase === 'flow' ? <FlowScreen /> : null}
      {phase === 'thanks' ? <ThanksScreen /> : null}
      <TutorialLayer />
      <IdleGuard />
      <HelpDialog />
      <StaffLayer />
    </>
  );
}
