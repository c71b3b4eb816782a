// `npm run report -- --from DATE --to DATE --format csv|html|json|pdf --out DIR`: a kiosk's usage
// reports as files, for scripts and for managers away from the back office. It reads the kiosk's
// database read-only, so a kiosk running meanwhile is neither locked nor written to. The store config
// gives the names.
import { chmodSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import type { StoreConfig } from '../../../shared/config/store-config.ts';
import { languageSchema, type Language } from '../../../shared/i18n/languages.ts';
import { isTimeZone, runtimeTimeZone } from '../../../shared/queue/estimate/store-clock.ts';
import { reportTableCsv } from '../../../shared/reports/report-csv.ts';
import { daysBetween, grainSchema, maxReportDays, reportDateSchema, type ReportRange, type ReportSet } from '../../../shared/reports/report-views.ts';
import { dataDirCandidates } from '../api/kiosk-cli.ts';
import { describeProblem } from '../config/describe-problem.ts';
import { loadStoreConfig } from '../config/load-store-config.ts';
import { kioskPaths } from '../kiosk-paths.ts';
import { databaseFileName } from '../storage/database.ts';
import { chromiumPath, chromiumPdfPrinter, PdfPrintError, type PdfPrinter } from './pdf-printer.ts';
import { reportDocument, reportWords } from './report-handlers.ts';
import { createReportService } from './report-service.ts';

const usage = [
  'usage: npm run report -- --from DATE --to DATE --format csv|html|json|pdf --out DIR',
  '         [--config store.json] [--data-dir DIR] [--language es|en|ar|fr] [--grain day|week|month] [--time-zone ZONE]',
  '  DATE as 2026-03-01, both days included, on the store clock (--time-zone, the machine’s by default);',
  '  csv writes one <table>.csv per table, html report.html, json report.json, pdf report.pdf (with Chromium).',
].join('\n');

const options = {
  from: { type: 'string' },
  to: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  config: { type: 'string' },
  'data-dir': { type: 'string' },
  data: { type: 'string' },
  language: { type: 'string' },
  grain: { type: 'string' },
  'time-zone': { type: 'string' },
} as const;

const formats = ['csv', 'html', 'json', 'pdf'] as const;
type Format = (typeof formats)[number];

export type CliOutcome = { code: 0 | 1 | 2; out?: string; err?: string };

interface ReportRequest {
  range: ReportRange;
  format: Format;
  out: string;
  timeZone: string;
  language: string | undefined;
}

const refuse = (problem: string): CliOutcome => ({ code: 2, err: `${problem}\n${usage}` });

export interface ReportCliIo {
  env?: NodeJS.ProcessEnv;
  /** The clock that says which day is today, the one still being rolled up. */
  now?: () => Date;
}

export async function runReportCli(args: string[], { env = process.env, now = () => new Date() }: ReportCliIo = {}): Promise<CliOutcome> {
  let values: ReturnType<typeof parseArgs<{ options: typeof options; args: string[]; strict: true }>>['values'];
  try {
    values = parseArgs({ args, options, strict: true }).values;
  } catch (error) {
    return refuse((error as Error).message);
  }
  const request = readRequest(values);
  if (typeof request === 'string') return refuse(request);

  const dataFlag = values['data-dir'] ?? values.data;
  const paths = kioskPaths({ config: values.config, dataDir: dataFlag }, env);
  const explicit = Boolean(dataFlag?.trim() || env.ATIENDE_DATA_DIR?.trim());
  const candidates = explicit ? [paths.dataDir] : dataDirCandidates(undefined, env);
  const dataDir = candidates.find((dir) => existsSync(join(dir, databaseFileName)));
  if (!dataDir) return refuse(`No kiosk database (${databaseFileName}) in ${candidates.join(' or ')}: give the kiosk's data folder with --data-dir or ATIENDE_DATA_DIR.`);
  const verdict = loadStoreConfig(paths.configFile);
  if (!verdict.ok) return refuse(`The store config cannot be used (give it with --config or ATIENDE_CONFIG): ${describeProblem(verdict.problem)}`);
  const config = verdict.config;
  const language = languageSchema.safeParse(request.language ?? config.languages.default);
  if (!language.success) return refuse(`--language "${request.language}" is not one Atiende speaks: give es, en, ar or fr.`);
  if (existsSync(request.out) && !statSync(request.out).isDirectory()) return refuse(`--out ${request.out} is a file: give a folder for the report's files.`);

  let set: ReportSet;
  try {
    set = await readReports(join(dataDir, databaseFileName), { config, range: request.range, timeZone: request.timeZone, now });
  } catch (error) {
    return { code: 1, err: `${join(dataDir, databaseFileName)} could not be read as a kiosk database: ${(error as Error).message}` };
  }

  let files: { name: string; content: string | Uint8Array }[];
  try {
    files = await reportFiles(set, request.format, language.data, config, chromiumPdfPrinter({ chromiumPath: chromiumPath(env) }));
  } catch (error) {
    if (!(error instanceof PdfPrintError)) throw error;
    const hint = error.failure === 'browserMissing' ? ` Install Chromium (apt-get install chromium) or give its path in ATIENDE_CHROMIUM.` : '';
    return { code: 1, err: `The PDF could not be printed: ${error.detail}.${hint}` };
  }
  const written = writePrivately(request.out, files);
  return { code: 0, out: [`${written.length} file${written.length === 1 ? '' : 's'} written:`, ...written.map((file) => `  ${file}`)].join('\n') };
}

/** The request the flags make, or what is wrong with them. */
function readRequest(values: Partial<Record<keyof typeof options, string>>): ReportRequest | string {
  for (const flag of ['from', 'to', 'format', 'out'] as const) {
    if (!values[flag]?.trim()) return `--${flag} is missing.`;
  }
  const from = values.from ?? '';
  const to = values.to ?? '';
  for (const [flag, date] of [['--from', from], ['--to', to]] as const) {
    if (!reportDateSchema.safeParse(date).success) return `${flag} "${date}" is not a date: give one such as 2026-03-01.`;
  }
  if (from > to) return `--from ${from} is after --to ${to}: the range would be empty.`;
  if (daysBetween(from, to) >= maxReportDays) return `The range is longer than ${maxReportDays} days: report it in parts.`;
  const format = formats.find((known) => known === values.format);
  if (!format) return `--format "${values.format}" is not one of ${formats.join(', ')}.`;
  const grain = grainSchema.safeParse(values.grain ?? 'day');
  if (!grain.success) return `--grain "${values.grain}" is not day, week or month.`;
  const timeZone = values['time-zone'] ?? runtimeTimeZone();
  if (!isTimeZone(timeZone)) return `--time-zone "${timeZone}" is not a time zone this machine knows: give an IANA name such as Europe/Madrid.`;
  return { range: { from, to, grain: grain.data }, format, out: resolve(values.out ?? ''), timeZone, language: values.language };
}

/**
 * The reports from the kiosk's own file, opened read-only in one read transaction: a consistent view
 * while a running kiosk writes on (a WAL reader never blocks its writer), nothing written to it (the
 * days the kiosk has not rolled up yet are folded here, in memory), and no copy of a year's log.
 */
async function readReports(databaseFile: string, deps: { config: StoreConfig; range: ReportRange; timeZone: string; now: () => Date }): Promise<ReportSet> {
  const db = new DatabaseSync(databaseFile, { readOnly: true });
  try {
    db.exec('PRAGMA busy_timeout = 5000');
    db.exec('BEGIN');
    try {
      return createReportService({ db, config: deps.config, now: deps.now, timeZone: deps.timeZone, readOnly: true }).read(deps.range);
    } finally {
      db.exec('COMMIT');
    }
  } finally {
    db.close();
  }
}

async function reportFiles(set: ReportSet, format: Format, language: Language, config: StoreConfig, printPdf: PdfPrinter): Promise<{ name: string; content: string | Uint8Array }[]> {
  const fallback = config.languages.default;
  if (format === 'json') return [{ name: 'report.json', content: `${JSON.stringify(set, null, 2)}\n` }];
  if (format === 'html') return [{ name: 'report.html', content: reportDocument(set, language, fallback) }];
  if (format === 'pdf') return [{ name: 'report.pdf', content: await printPdf(reportDocument(set, language, fallback)) }];
  const { labeler } = reportWords(set, language, fallback);
  return set.reports.flatMap((report) => report.tables.map((table) => ({ name: `${table.id}.csv`, content: reportTableCsv(table, labeler) })));
}

/** The report's files, readable by this user only, in a folder made for them alone when it is new. */
function writePrivately(folder: string, files: readonly { name: string; content: string | Uint8Array }[]): string[] {
  if (!existsSync(folder)) mkdirSync(folder, { recursive: true, mode: 0o700 });
  return files.map(({ name, content }) => {
    const path = join(folder, name);
    writeFileSync(path, content, { mode: 0o600 });
    // A file that was there before keeps its old mode through a write.
    chmodSync(path, 0o600);
    return path;
  });
}

if (import.meta.main) {
  try {
    const outcome = await runReportCli(process.argv.slice(2));
    if (outcome.out) console.log(outcome.out);
    if (outcome.err) console.error(outcome.err);
    process.exitCode = outcome.code;
  } catch (error) {
    // A fault of ours: said in one line, never as a stack a manager must read.
    console.error(`npm run report failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
