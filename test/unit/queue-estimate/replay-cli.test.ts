import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../electron/host/storage/database.ts';
import { exampleStoreCopy, resultOf, startHost } from '../../fixtures/host.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const sample = join(root, 'test/fixtures/queue-log.sample.jsonl');
const dir = mkdtempSync(join(tmpdir(), 'atiende-replay-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function replay(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['electron/host/queue/replay-cli.ts', ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

function logFile(name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const sampleLines = readFileSync(sample, 'utf8').trimEnd().split('\n');

describe('npm run queue:replay', () => {
  it('prints the estimator, naive and rolling-mean table for the sample log', async () => {
    const { code, stdout } = await replay(sample);
    expect(code).toBe(0);
    expect(stdout).toMatch(/MAE min\s+bias min\s+vs naive\s+coverage\s+past upper\s+width min/);
    expect(stdout).toMatch(/^\s+estimator\s+\d/m);
    expect(stdout).toMatch(/^\s+naive\s+\d/m);
    expect(stdout).toMatch(/^\s+rolling mean of 10\s+\d/m);
  });

  it('scores each group of customers on the clock of the time zone it is given', async () => {
    const { code, stdout } = await replay(sample, '--time-zone', 'America/Mexico_City');
    expect(code).toBe(0);
    expect(stdout).toContain('estimator by weekday (America/Mexico_City)');
    expect(stdout).toMatch(/estimator by ticket kind\n\s+scored\s+ranges\s+coverage\s+past upper\s+bias min/);
    // The sample's shop opens at 9:00 UTC, which is 3:00 in Mexico City.
    expect(stdout).toMatch(/^\s+03:00\s+\d/m);
  });

  it('refuses a time zone or a day start it does not know, and says what it expects', async () => {
    const zone = await replay(sample, '--time-zone', 'Mars/Olympus_Mons');
    expect(zone.code).toBe(2);
    expect(zone.stderr).toContain('"Mars/Olympus_Mons" is not a time zone this machine knows');
    const start = await replay(sample, '--day-starts-at', '25:00');
    expect(start.code).toBe(2);
    expect(start.stderr).toContain('is not a local time such as 04:00');
  });

  it('rejects a malformed line and names its line number', async () => {
    const broken = logFile('broken.jsonl', [...sampleLines.slice(0, 3), '{"type":"ticket.called","at":"yesterday"}', ...sampleLines.slice(3, 6)]);
    const { code, stderr } = await replay(broken);
    expect(code).toBe(1);
    expect(stderr).toContain(`${broken}:4: queueLog.badEvent`);
  });

  it('rejects a line that is not JSON, and an event the queue cannot have had, by line number', async () => {
    const notJson = await replay(logFile('not-json.jsonl', [...sampleLines.slice(0, 2), 'ticket.called A001']));
    expect(notJson.stderr).toContain(':3: queueLog.notJson');
    const impossible = JSON.stringify({ type: 'ticket.called', at: '2026-01-05T09:30:00.000Z', ticket: 'nobody', counter: 'c1' });
    const outcome = await replay(logFile('impossible.jsonl', [...sampleLines.slice(0, 3), '', impossible]));
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain(':5: queueLog.impossible');
    expect(outcome.stderr).toContain('ticket nobody is not waiting');
  });

  it('replays the kiosk’s own SQLite file, whose queue events are the same log', async () => {
    const store = exampleStoreCopy('demo');
    const host = startHost(store);
    try {
      for (let index = 0; index < 3; index += 1) await resultOf(host, 'queue.takeTicket', { service: 'customer-service' });
      await resultOf(host, 'queue.callNext', { counter: 'desk-1' });
      await resultOf(host, 'queue.served', { counter: 'desk-1' });
      await resultOf(host, 'queue.callNext', { counter: 'desk-2' });
    } finally {
      host.close();
    }
    const { code, stdout, stderr } = await replay(join(store.dataDir, databaseFileName));
    store.remove();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\s+estimator\s/m);
  });

  it('refuses a log written by a newer kiosk', async () => {
    const { code, stderr } = await replay(logFile('newer.jsonl', ['{"queueLogVersion":99}', ...sampleLines.slice(1, 4)]));
    expect(code).toBe(1);
    expect(stderr).toContain(':1: queueLog.newerVersion');
  });
});
