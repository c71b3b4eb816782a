// What the last action did ("A012 called") or why the host refused it, said once, calmly, right
// under the actions; screen readers hear it as it changes.
import { useTranslation } from 'react-i18next';
import { useConsoleSlice } from '../console-context.ts';
import './desk-notice.css';

export function DeskNotice() {
  const { t } = useTranslation();
  const notice = useConsoleSlice('desk', (desk) => desk.notice);
  const problem = useConsoleSlice('desk', (desk) => desk.problem);
  // A dialog's action shows its problem in the dialog itself.
  const dialog = useConsoleSlice('desk', (desk) => desk.dialog);
  const shownProblem = problem && dialog === null ? problem : null;
  return (
    <p className={shownProblem ? 'desk-notice desk-notice--problem' : 'desk-notice'} role="status">
      {shownProblem
        ? t(`errors.${shownProblem.error.code}`, shownProblem.error.params)
        : notice
          ? t(`console.done.${notice.action}`, { number: notice.number ?? '' })
          : ''}
    </p>
  );
}
