// What the reports cover and how trends group: a period (a preset, or two dates typed or picked in
// the browser's own date fields), the grain of the trends, and the downloads where files can be saved.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { grainSchema } from '../../../shared/reports/report-views.ts';
import { ConsoleButton } from '../frame/ConsoleButton.tsx';
import { presetRange, rangePresets, rangeProblem, type DateRange, type RangePreset } from './range/range-presets.ts';
import { useReportDesk, useReportSlice } from './report-desk.ts';
import { ReportDownloads } from './ReportDownloads.tsx';
import '../frame/console-field.css';
import '../frame/office-controls.css';
import './report-controls.css';

export function ReportControls() {
  const { t } = useTranslation();
  const desk = useReportDesk();
  const preset = useReportSlice((reports) => reports.preset);
  const range = useReportSlice((reports) => reports.range);
  const grain = useReportSlice((reports) => reports.grain);
  const id = useId();
  // The dates typed for a custom period, shown at once; they apply when the manager asks.
  const [typed, setTyped] = useState<DateRange>(range);
  const [customOpen, setCustomOpen] = useState(preset === 'custom');
  const [problem, setProblem] = useState<string | null>(null);

  function choosePreset(chosen: RangePreset): void {
    setProblem(null);
    if (chosen === 'custom') {
      setTyped(range);
      setCustomOpen(true);
      return;
    }
    setCustomOpen(false);
    desk.reports.getState().rangeChosen(chosen, presetRange(chosen, new Date(desk.now())));
  }

  function applyTyped(event: FormEvent): void {
    event.preventDefault();
    const wrong = rangeProblem(typed);
    setProblem(wrong ? t(`backoffice.reports.range.${wrong}`) : null);
    if (!wrong) desk.reports.getState().rangeChosen('custom', typed);
  }

  return (
    <div className="office-controls">
      <form className="office-controls__group" onSubmit={applyTyped} noValidate>
        <div className="console-field">
          <label htmlFor={`${id}-preset`}>{t('backoffice.reports.range.label')}</label>
          <select
            id={`${id}-preset`}
            className="console-input"
            value={customOpen ? 'custom' : preset}
            onChange={(event) => choosePreset(event.target.value as RangePreset)}
          >
            {rangePresets.map((option) => (
              <option key={option} value={option}>
                {t(`backoffice.reports.range.presets.${option}`)}
              </option>
            ))}
          </select>
        </div>
        {customOpen ? (
          <>
            {(['from', 'to'] as const).map((end) => (
              <div key={end} className="console-field">
                <label htmlFor={`${id}-${end}`}>{t(`backoffice.reports.range.${end}`)}</label>
                <input
                  id={`${id}-${end}`}
                  className="console-input"
                  type="date"
                  required
                  value={typed[end]}
                  aria-invalid={problem !== null || undefined}
                  aria-describedby={`${id}-problem`}
                  onChange={(event) => setTyped((before) => ({ ...before, [end]: event.target.value }))}
                />
              </div>
            ))}
            <ConsoleButton type="submit" look="strong">
              {t('backoffice.reports.range.show')}
            </ConsoleButton>
          </>
        ) : null}
        <p id={`${id}-problem`} className="report-controls__problem" role="status">
          {problem ?? ''}
        </p>
      </form>
      <fieldset className="report-controls__grain">
        <legend>{t('backoffice.reports.grain.label')}</legend>
        {grainSchema.options.map((option) => (
          <label key={option} className="report-controls__choice">
            <input
              type="radio"
              name={`${id}-grain`}
              value={option}
              checked={grain === option}
              onChange={() => desk.reports.getState().grainChosen(option)}
            />
            {t(`backoffice.reports.grain.${option}`)}
          </label>
        ))}
      </fieldset>
      {desk.save ? <ReportDownloads save={desk.save} /> : null}
    </div>
  );
}
