// The staff audit: who did what, on which device and when, newest first, a page at a time, within
// the dates a manager picks; what is shown downloads as CSV.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import type { AuditEntry } from '../../../shared/host-api/staff-views.ts';
import { csvText } from '../../../shared/reports/report-csv.ts';
import { ConsoleButton } from '../../kit/frame/ConsoleButton.tsx';
import { toProblem } from '../../kit/host/host-call-error.ts';
import { useBackOffice } from '../back-office-context.ts';
import { actionText, auditPageSize, detailText, readAuditPage, type AuditFilter } from './audit-pages.ts';
import '../../kit/frame/console-field.css';
import '../../kit/frame/office-controls.css';
import '../../kit/frame/office-status.css';
import '../../kit/frame/office-table.css';
import './audit-page.css';

const columns = ['at', 'staff', 'device', 'action', 'detail'] as const;

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const { host, save } = useBackOffice();
  const id = useId();
  const [typed, setTyped] = useState<AuditFilter>({ from: '', to: '' });
  const [filter, setFilter] = useState<AuditFilter>({ from: '', to: '' });
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [more, setMore] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<HostErrorPayload | null>(null);
  const when = new Intl.DateTimeFormat(i18n.language === 'en-XA' ? 'en' : i18n.language, { dateStyle: 'medium', timeStyle: 'medium' });

  // The newest page, whenever the dates change; the answer to dates since changed again is dropped.
  useEffect(() => {
    let current = true;
    readAuditPage(host, filter, undefined).then(
      (page) => {
        if (!current) return;
        setEntries(page);
        setMore(page.length === auditPageSize);
      },
      (error: unknown) => current && setProblem(toProblem(error)),
    );
    return () => {
      current = false;
    };
  }, [host, filter]);

  async function older(last: AuditEntry | undefined): Promise<void> {
    setBusy(true);
    setProblem(null);
    try {
      const page = await readAuditPage(host, filter, last);
      setEntries((shown) => [...(shown ?? []), ...page]);
      setMore(page.length === auditPageSize);
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setBusy(false);
    }
  }

  function apply(event: FormEvent): void {
    event.preventDefault();
    setEntries(null);
    setProblem(null);
    setFilter(typed);
  }

  const row = (entry: AuditEntry) => [when.format(new Date(entry.at)), entry.staffId ?? '—', entry.device, actionText(t, entry.action), detailText(t, entry)];
  const downloadCsv = () =>
    save({
      name: `staff-audit-${filter.from || 'start'}-${filter.to || 'now'}.csv`,
      type: 'text/csv;charset=utf-8',
      body: csvText([columns.map((column) => t(`backoffice.audit.columns.${column}`)), ...(entries ?? []).map(row)]),
    });

  return (
    <div className="audit-page">
      <div className="office-controls audit-page__controls">
        <form className="office-controls__group" onSubmit={apply} noValidate>
          {(['from', 'to'] as const).map((end) => (
            <div key={end} className="console-field">
              <label htmlFor={`${id}-${end}`}>{t(`backoffice.audit.${end}`)}</label>
              <input
                id={`${id}-${end}`}
                className="console-input"
                type="date"
                value={typed[end]}
                onChange={(event) => setTyped((before) => ({ ...before, [end]: event.target.value }))}
              />
            </div>
          ))}
          <ConsoleButton type="submit" look="strong">
            {t('backoffice.audit.show')}
          </ConsoleButton>
        </form>
        <ConsoleButton disabled={!entries || entries.length === 0} aria-label={t('backoffice.audit.csvLabel')} onClick={downloadCsv}>
          {t('backoffice.reports.csv')}
        </ConsoleButton>
      </div>
      <p className={problem ? 'office-status office-status--problem' : 'office-status'} role="status">
        {problem
          ? t(`errors.${problem.code}`, problem.params)
          : entries === null
            ? t('backoffice.audit.reading')
            : entries.length === 0
              ? t('backoffice.audit.none')
              : t('backoffice.audit.shown', { count: entries.length })}
      </p>
      {entries && entries.length > 0 ? (
        <table className="office-table">
          <caption className="visually-hidden">{t('backoffice.sections.audit')}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {t(`backoffice.audit.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                {row(entry).map((cell, index) => (
                  <td key={columns[index]}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {entries && entries.length > 0 ? (
        more ? (
          <ConsoleButton disabled={busy} onClick={() => void older(entries.at(-1))}>
            {t('backoffice.audit.older')}
          </ConsoleButton>
        ) : (
          <p className="office-status">{t('backoffice.audit.end')}</p>
        )
      ) : null}
    </div>
  );
}
