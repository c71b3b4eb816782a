import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runStaffCli } from '../../../electron/host/staff/staff-cli.ts';
import { databaseFileName } from '../../../electron/host/storage/database.ts';
import type { SecretReader } from '../../../electron/host/staff/secret-prompt.ts';
import { exampleStoreCopy } from '../../fixtures/host.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** A copy of the demo store whose config names a staff file, with its data folder made. */
function demoStoreWithStaff() {
  const store = exampleStoreCopy('demo', { staff: { file: 'staff.json' } });
  onTestFinished(() => store.remove());
  mkdirSync(store.dataDir, { recursive: true });
  return { ...store, staffFile: join(store.dir, 'staff.json') };
}

function staffCommand(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['electron/host/staff/staff-cli.ts', ...args], { cwd: root, env: { ...process.env, ATIENDE_CONFIG: '', ATIENDE_DATA_DIR: '' } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end(stdin);
  });
}

/** What an operator would type: one answer per question, as from a pipe or a terminal. */
function answers(lines: readonly string[], interactive = false): SecretReader {
  let next = 0;
  return { interactive, read: async () => lines[next++] ?? null };
}

function everyFile(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile());
}

describe('npm run staff', () => {
  it('keeps neither a PIN nor a badge in plain anywhere it writes, and audits each change', async () => {
    const store = demoStoreWithStaff();
    const where = ['--config', store.configFile, '--data-dir', store.dataDir];
    const added = await staffCommand(['add', '--id', 'maria', '--name', 'María López', '--role', 'manager', '--badge', ...where], '482916\nBADGE-7731-XQ\n');
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(await staffCommand(['reset', '--id', 'maria', ...where], '905173\n')).toMatchObject({ code: 0, stderr: '' });

    expect(statSync(store.staffFile).mode & 0o777).toBe(0o600);
    const files = [store.staffFile, ...everyFile(store.dataDir)];
    expect(files.some((file) => file.endsWith(databaseFileName))).toBe(true);
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const secret of ['482916', '905173', 'BADGE-7731-XQ']) {
        expect(bytes.includes(Buffer.from(secret, 'utf8')), `${secret} in ${file}`).toBe(false);
        expect(bytes.includes(Buffer.from(secret, 'utf16le')), `${secret} in ${file}`).toBe(false);
      }
    }

    const listed = await staffCommand(['list', ...where]);
    expect(listed.stdout).toMatch(/^id\s+name\s+role\s+badge\nmaria\s+María López\s+manager\s+yes\n$/);
    const audit = await staffCommand(['audit', '--data-dir', store.dataDir]);
    expect(audit.code).toBe(0);
    const rows = audit.stdout.replace('\uFEFF', '').trim().split('\r\n');
    expect(rows.map((row) => row.split(',').slice(2, 5).join(','))).toEqual(['staffId,device,action', 'maria,cli,staff.pinReset', 'maria,cli,staff.added']);
  });

  it('exits 2 on bad usage and 1 on a refusal, with the reason on stderr', async () => {
    const store = demoStoreWithStaff();
    expect(await staffCommand(['add', '--name', 'Nobody', '--config', store.configFile])).toMatchObject({ code: 2, stderr: expect.stringContaining('--id ID is needed') });
    expect(await staffCommand(['add', '--id', 'maria', '--name', 'María', '--config', store.configFile], '123456\n')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('too easy to guess'),
    });
    expect(readdirSync(store.dir)).not.toContain('staff.json');
  });

  it('refuses bad usage in many shapes without asking for a PIN', async () => {
    const store = demoStoreWithStaff();
    const run = (...args: string[]) => runStaffCli([...args, '--config', store.configFile], { env: { ATIENDE_DATA_DIR: store.dataDir }, secrets: answers([]) });
    for (const args of [[], ['hire'], ['list', 'extra'], ['list', '--id', 'maria'], ['add', '--id', 'maria'], ['add', '--id', 'ma ría', '--name', 'María'], ['add', '--id', 'maria', '--name', 'María', '--role', 'boss'], ['reset', '--id', 'maria', '--badge', '--drop-badge'], ['list', '--pin-code', '482916'], ['audit', '--from', 'yesterday']]) {
      expect((await run(...args)).code, args.join(' ')).toBe(2);
    }
  });

  it('refuses a store without a staff section, a taken id, a taken badge, two different PINs and a cancelled prompt', async () => {
    const store = demoStoreWithStaff();
    const env = { ATIENDE_DATA_DIR: store.dataDir };
    const run = (args: string[], typed: readonly string[], interactive = false) => runStaffCli([...args, '--config', store.configFile], { env, secrets: answers(typed, interactive) });
    const plain = exampleStoreCopy('pharmacy');
    onTestFinished(() => plain.remove());
    expect(await runStaffCli(['list', '--config', plain.configFile], { env, secrets: answers([]) })).toMatchObject({ code: 1, err: expect.stringContaining('no "staff" section') });

    expect(await run(['add', '--id', 'maria', '--name', 'María', '--badge'], ['482916', '482916', 'BADGE-7731-XQ'], true)).toMatchObject({ code: 0 });
    expect(await run(['add', '--id', 'MARIA', '--name', 'Otra María'], ['739184'])).toMatchObject({ code: 1, err: expect.stringContaining('already a member with the id') });
    expect(await run(['add', '--id', 'juan', '--name', 'Juan', '--badge'], ['739184', 'BADGE-7731-XQ'])).toMatchObject({ code: 1, err: expect.stringContaining('already belongs') });
    expect(await run(['add', '--id', 'juan', '--name', 'Juan'], ['739184', '739185'], true)).toMatchObject({ code: 1, err: expect.stringContaining('differ') });
    expect(await run(['add', '--id', 'juan', '--name', 'Juan'], [], true)).toMatchObject({ code: 130 });
    expect(await run(['remove', '--id', 'juan'], [])).toMatchObject({ code: 1, err: expect.stringContaining('no member with the id "juan"') });
    expect((await run(['list'], [])).out).not.toContain('juan');
  });
});
