// Everything a manager can take away from the kiosk: the reports as the back office reads them, the
// page its PDF prints, the staff audit, and `npm run report`'s files, as places to search.
import { join } from 'node:path';
import type { ReportRange, ReportSet } from '../../../../shared/reports/report-views.ts';
import { runReportCli } from '../../../../electron/host/reports/report-cli.ts';
import { manager, type DemoKiosk } from './demo-kiosk.ts';
import { filesIn, jsonPlace, type Place } from './secret-search.ts';

// Not pdf: the command prints the HTML report with Chromium, whose PDF compresses the text out of
// sight; that HTML is searched here, and `reports.pdf` hands over the page the test's printer got.
const cliFormats = ['csv', 'html', 'json'] as const;

export async function reportExports(kiosk: DemoKiosk, range: ReportRange): Promise<{ set: ReportSet; places: Place[] }> {
  const language = kiosk.config.languages.default;
  const set = await kiosk.resultOf('reports.read', range, manager);
  const { pdf } = await kiosk.resultOf('reports.pdf', { range, language }, manager);
  const audit = await kiosk.resultOf('audit.read', { limit: 1000 }, manager);
  const out = join(kiosk.store.dir, 'exports');
  for (const format of cliFormats) {
    const outcome = await runReportCli(
      ['--from', range.from, '--to', range.to, '--format', format, '--out', join(out, format), '--config', kiosk.store.configFile, '--data-dir', kiosk.store.dataDir],
      {},
    );
    if (outcome.code !== 0) throw new Error(`npm run report --format ${format} failed: ${outcome.err ?? ''}`);
  }
  const places = [
    jsonPlace('reports.read', set),
    { name: 'reports.pdf (the page it prints)', bytes: Buffer.from(pdf, 'base64') },
    jsonPlace('audit.read', audit),
    ...filesIn(out).map((place) => ({ ...place, name: `npm run report: ${place.name.slice('file '.length)}` })),
  ];
  return { set, places };
}
