import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { reportWords } from '../../../electron/host/reports/report-handlers.ts';
import { reportCatalogue } from '../../../shared/reports/report-catalogue.ts';
import { reportSetSchema } from '../../../shared/reports/report-views.ts';
import { openSession, resultOf, tableRowCounts } from '../../fixtures/host.ts';
import { tempHost, type TempHost } from '../../fixtures/temp-host.ts';
import { pageCount, pageSizes } from './pdf-pages.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** Yesterday to tomorrow on UTC: today's sessions, whenever the test runs. */
const range = ['--from', day(-1), '--to', day(1), '--time-zone', 'UTC'];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run report -- ARGS`, as a script would run it; the environment names no kiosk of its own. */
function report(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['electron/host/reports/report-cli.ts', ...args], { cwd: root, env: { ...process.env, ATIENDE_CONFIG: '', ATIENDE_DATA_DIR: '' }, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** A running kiosk on a temp store that served `sessions` customers today, each to the end. */
async function kioskWithSessions(sessions: number): Promise<TempHost> {
  const kiosk = tempHost();
  for (let index = 0; index < sessions; index += 1) {
    const sessionId = await openSession(kiosk.host, 'en');
    await resultOf(kiosk.host, 'session.end', { sessionId, reason: 'completed' });
  }
  return kiosk;
}

/** A folder for the report that does not exist yet, inside a temp folder removed after the test. */
function outFolder(): string {
  const parent = mkdtempSync(join(tmpdir(), 'atiende-report-out-'));
  onTestFinished(() => rmSync(parent, { recursive: true, force: true }));
  return join(parent, 'reports', 'today');
}

const kioskArgs = (kiosk: TempHost) => ['--config', kiosk.store.configFile, '--data-dir', kiosk.store.dataDir];
const tableIds = Object.values(reportCatalogue).flatMap((tables) => Object.keys(tables));

describe('npm run report', () => {
  it('writes one CSV per table: a BOM, CRLF lines, named columns, private files in a private folder', { timeout: 60_000 }, async () => {
    const kiosk = await kioskWithSessions(3);
    const out = outFolder();
    const run = await report([...range, '--format', 'csv', '--out', out, '--language', 'en', ...kioskArgs(kiosk)]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(out).sort()).toEqual(tableIds.map((id) => `${id}.csv`).sort());
    expect(statSync(out).mode & 0o777).toBe(0o700);
    const { labeler } = reportWords({ names: { flows: {}, steps: {}, services: {}, categories: {} } }, 'en', 'es');
    for (const id of tableIds) {
      const file = join(out, `${id}.csv`);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const text = readFileSync(file, 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    }
    const [header, totals] = readFileSync(join(out, 'sessionTotals.csv'), 'utf8').slice(1).split('\r\n');
    expect(header).toBe(reportCatalogue.sessions.sessionTotals.map(([column]) => labeler.column(column)).join(','));
    expect(totals?.split(',').slice(0, 3)).toEqual(['3', '3', '1']);
    expect(run.stdout).toContain(join(out, 'sessionTotals.csv'));
  });

  it('writes the report set as JSON, with the sessions the kiosk served and the store named', { timeout: 60_000 }, async () => {
    const kiosk = await kioskWithSessions(2);
    const out = outFolder();
    const run = await report([...range, '--format', 'json', '--out', out, '--grain', 'week', ...kioskArgs(kiosk)]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const set = reportSetSchema.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
    expect(set).toMatchObject({ store: { id: 'test-store', name: 'Test Store' }, timeZone: 'UTC', range: { from: day(-1), to: day(1), grain: 'week' } });
    const totals = set.reports.find((entry) => entry.id === 'sessions')?.tables.find((table) => table.id === 'sessionTotals');
    expect(totals?.rows[0]?.slice(0, 2)).toEqual([2, 2]);
    expect(statSync(join(out, 'report.json')).mode & 0o777).toBe(0o600);
  });

  it("writes one self-contained HTML report in the store's language unless told another", { timeout: 60_000 }, async () => {
    const kiosk = await kioskWithSessions(1);
    const out = outFolder();
    const run = await report([...range, '--format', 'html', '--out', out, ...kioskArgs(kiosk)]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    // The test store speaks Spanish first.
    expect(html).toContain('<html lang="es" dir="ltr">');
    expect(html).toContain('Test Store');
    expect(html).not.toMatch(/<script|<link|\ssrc=/);
  });

  it('prints the PDF with Chromium: A4 pages, the title page and each report on pages of its own', { timeout: 120_000 }, async () => {
    const kiosk = await kioskWithSessions(1);
    const out = outFolder();
    const run = await report([...range, '--format', 'pdf', '--out', out, '--language', 'ar', ...kioskArgs(kiosk)]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const pdf = readFileSync(join(out, 'report.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(1 + Object.keys(reportCatalogue).length);
    expect(pageSizes(pdf)).toEqual([[595, 842]]);
    expect(statSync(join(out, 'report.pdf')).mode & 0o777).toBe(0o600);
  });

  it('reads a running kiosk without writing to its database or keeping it from writing', { timeout: 60_000 }, async () => {
    const kiosk = await kioskWithSessions(2);
    const before = tableRowCounts(kiosk.store.dataDir);
    const run = await report([...range, '--format', 'json', '--out', outFolder(), ...kioskArgs(kiosk)]);
    expect(run.code).toBe(0);
    expect(tableRowCounts(kiosk.store.dataDir)).toEqual(before);
    // The kiosk serves on, and writes, as if nothing had happened.
    await expect(openSession(kiosk.host, 'es')).resolves.toMatch(/\S/);
    expect(tableRowCounts(kiosk.store.dataDir).usage_events).toBeGreaterThan(before.usage_events ?? 0);
  });

  it('refuses bad arguments with exit code 2 and a plain sentence, never a stack trace', { timeout: 60_000 }, async () => {
    const kiosk = await kioskWithSessions(0);
    const out = outFolder();
    const cases: [args: string[], says: RegExp][] = [
      [['--from', '2026-02-30', '--to', '2026-03-31', '--format', 'csv', '--out', out, ...kioskArgs(kiosk)], /--from "2026-02-30" is not a date/],
      [['--from', 'last week', '--to', '2026-03-31', '--format', 'csv', '--out', out, ...kioskArgs(kiosk)], /--from "last week" is not a date/],
      [['--from', '2026-03-31', '--to', '2026-03-01', '--format', 'csv', '--out', out, ...kioskArgs(kiosk)], /--from 2026-03-31 is after --to 2026-03-01/],
      [['--from', '2026-03-01', '--to', '2026-03-31', '--format', 'xlsx', '--out', out, ...kioskArgs(kiosk)], /--format "xlsx" is not one of csv, html, json, pdf/],
      [['--from', '2026-03-01', '--to', '2026-03-31', '--format', 'csv', ...kioskArgs(kiosk)], /--out is missing/],
      [['--from', '2026-03-01', '--to', '2026-03-31', '--format', 'csv', '--out', out, '--time-zone', 'Mars/Olympus', ...kioskArgs(kiosk)], /--time-zone "Mars\/Olympus" is not a time zone/],
      [['--from', '2026-03-01', '--to', '2026-03-31', '--format', 'csv', '--out', out, '--language', 'tlh', ...kioskArgs(kiosk)], /--language "tlh" is not one/],
      [['--from', '2026-03-01', '--to', '2026-03-31', '--format', 'csv', '--out', out, '--colour', 'red', ...kioskArgs(kiosk)], /Unknown option '--colour'/],
      [['--from', '2026-03-01', '--to', '2026-03-31', '--format', 'csv', '--out', out, '--config', kiosk.store.configFile, '--data-dir', join(kiosk.store.dir, 'elsewhere')], /No kiosk database \(atiende\.sqlite\) in .*elsewhere/],
    ];
    const runs = await Promise.all(cases.map(([args]) => report(args)));
    runs.forEach((run, index) => {
      expect(run.code, cases[index]?.[0].join(' ')).toBe(2);
      expect(run.stderr).toMatch(cases[index]?.[1] ?? /never/);
      expect(run.stderr).toContain('usage: npm run report --');
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.stdout).toBe('');
    });
    expect(existsSync(out)).toBe(false);
  });
});
