// The back office for a signed-in manager: the sign-out after the idle minutes, the sections in the
// header band, and the section the address names.
import { useTranslation } from 'react-i18next';
import type { StaffMemberView } from '../../shared/host-api/staff-views.ts';
import { useIdleWatch } from '../kit/staff/use-idle-watch.ts';
import { AuditPage } from './audit/AuditPage.tsx';
import { useBackOffice, useSessionSlice } from './back-office-context.ts';
import { ComplaintsPage } from './complaints/ComplaintsPage.tsx';
import { OfficePage } from './frame/OfficePage.tsx';
import { SectionNav } from './frame/SectionNav.tsx';
import { useSection } from './frame/sections.ts';
import { ReportsSection } from './ReportsSection.tsx';
import { signOut } from './sign-in/session-actions.ts';
import { SignedInTools } from './sign-in/SignedInTools.tsx';

const pages = { reports: ReportsSection, complaints: ComplaintsPage, audit: AuditPage } as const;

export function OfficeShell({ manager }: { manager: StaffMemberView }) {
  const { t } = useTranslation();
  const office = useBackOffice();
  const section = useSection();
  const idleMinutes = useSessionSlice((session) => (session.current.phase === 'signedIn' ? session.current.idleMinutes : null));
  useIdleWatch(office, idleMinutes, () => void signOut(office, 'idle'));
  const Page = pages[section];
  return (
    <OfficePage
      screen={`office-${section}`}
      title={t(`backoffice.sections.${section}`)}
      nav={<SectionNav current={section} />}
      tools={<SignedInTools staff={manager} />}
    >
      <Page />
    </OfficePage>
  );
}
