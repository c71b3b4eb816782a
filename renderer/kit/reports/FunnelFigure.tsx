// Where customers leave a flow: one flow at a time (the manager picks it), a bar per step as long
// as the customers who reached it, split into those who went on and those who left there, by why.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportLabeler } from '../../../shared/reports/report-labels.ts';
import type { ReportTable } from '../../../shared/reports/report-views.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { funnelFlows, funnelPoints } from './chart-points.ts';
import { funnelSummary } from './chart-summary.ts';
import '../frame/console-field.css';
import './funnel-figure.css';

const flowColumn = { id: 'flow', unit: 'flow' } as const;

export function FunnelFigure({ table, title, labeler }: { table: ReportTable; title: string; labeler: ReportLabeler }) {
  const { t } = useTranslation();
  const id = useId();
  const flows = funnelFlows(table);
  const [chosen, setChosen] = useState<string | null>(null);
  const flow = chosen !== null && flows.includes(chosen) ? chosen : (flows[0] ?? '');
  const chart = funnelPoints(table, flow, labeler, t('backoffice.reports.funnel.wentOn'));
  const flowName = labeler.cell(flowColumn, flow);
  return (
    <div className="funnel-figure">
      <div className="console-field funnel-figure__flow">
        <label htmlFor={`${id}-flow`}>{t('backoffice.reports.funnel.flow')}</label>
        <select id={`${id}-flow`} className="console-input" value={flow} onChange={(event) => setChosen(event.target.value)}>
          {flows.map((option) => (
            <option key={option} value={option}>
              {labeler.cell(flowColumn, option)}
            </option>
          ))}
        </select>
      </div>
      <ChartFrame
        kind="stacked"
        chart={chart}
        format={(value) => labeler.cell(chart.figure, value)}
        summary={funnelSummary(title, flowName, chart, labeler, (key, options) => t(key, options ?? {}))}
      />
    </div>
  );
}
