// The CSV files managers open in a spreadsheet: the writer the back office and `npm run report`
// share, on cells that would break a careless one.
import { describe, expect, it } from 'vitest';
import { createReportLabeler } from '../../../shared/reports/report-labels.ts';
import { csvText, reportTableCsv, reportTableCsvName } from '../../../shared/reports/report-csv.ts';
import { reportTable } from '../../../shared/reports/report-catalogue.ts';
import { createKioskI18n } from '../../../renderer/kit/i18n/create-i18n.ts';
import { sampleReportSet } from '../../fixtures/sample-report-set.ts';

const bom = '\uFEFF';

describe('the report CSV writer', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(csvText([['a', 'b'], ['1', '2']])).toBe(`${bom}a,b\r\n1,2\r\n`);
    expect(new TextEncoder().encode(csvText([['x']])).subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('quotes a cell with a comma, a quote or a line break, doubling its quotes (RFC 4180)', () => {
    expect(csvText([['Pedido, tienda', 'dijo "ya"', 'dos\nlíneas', 'llano']])).toBe(`${bom}"Pedido, tienda","dijo ""ya""","dos\nlíneas",llano\r\n`);
  });

  it('writes a cell a spreadsheet would run as a formula as text, and a negative figure as a number', () => {
    const cells = ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', '-1.5', '-3'];
    expect(csvText([cells])).toBe(`${bom}"'=HYPERLINK(""http://x"")",'+1+1,'-2+3,'@SUM(A1),'\tcmd,"'\rcmd",-1.5,-3\r\n`);
  });

  it('names the columns in the manager’s language and writes figures plainly, names as the store gives them', () => {
    const set = sampleReportSet();
    const spanish = createKioskI18n('es');
    const labeler = createReportLabeler(set, (key, options) => spanish.t(key, options ?? {}), 'es');
    const table = reportTable('completion', 'completionByFlow', [['order-pickup', 120, 96, 0.8], ['bill-payment', 0, 0, null]]);
    expect(reportTableCsv(table, labeler)).toBe(
      `${bom}Servicio,Iniciados,Completados,Tasa de finalización\r\nRecoger un pedido,120,96,0.8\r\nPagar un recibo,0,0,\r\n`,
    );
  });

  it('names each file after its table and the range', () => {
    expect(reportTableCsvName('sessionTrend', { from: '2026-03-01', to: '2026-03-31' })).toBe('sessionTrend-2026-03-01-2026-03-31.csv');
  });
});
