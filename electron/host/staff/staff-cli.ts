// `npm run staff -- add|reset|remove|list|audit`: manages the staff file the store config names
// (`staff.file`, beside the config) and exports the staff audit from the kiosk's data folder. PINs
// and badges are asked for without echo, never taken as arguments, so they stay out of shell history.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dataDirCandidates } from '../api/kiosk-cli.ts';
import { describeProblem } from '../config/describe-problem.ts';
import { loadStoreConfig } from '../config/load-store-config.ts';
import { kioskPaths } from '../kiosk-paths.ts';
import { databaseFileName, openKioskDatabase } from '../storage/database.ts';
import { auditCsv, createAuditLog, type AuditRecord } from './audit-log.ts';
import { secretReader, type SecretReader } from './secret-prompt.ts';
import { addMember, listMembers, removeMember, resetMember, runStaffCommand, type CliOutcome, type StaffCommandContext } from './staff-commands.ts';
import { staffFilePath } from './staff-file.ts';


const usage = [
  'usage: npm run staff -- add --id ID --name NAME [--role staff|manager] [--badge]',
  '       npm run staff -- reset --id ID [--pin] [--badge | --drop-badge]   (a new PIN unless only the badge is named)',
  '       npm run staff -- remove --id ID',
  '       npm run staff -- list',
  '       npm run staff -- audit [--from ISO-TIME] [--to ISO-TIME] [--out FILE.csv]',
  '  each takes [--config store.json] [--data-dir DIR]; PINs and badges are asked for (or read from stdin, one a line)',
].join('\n');

const options = {
  config: { type: 'string' },
  'data-dir': { type: 'string' },
  id: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  badge: { type: 'boolean', default: false },
  pin: { type: 'boolean', default: false },
  'drop-badge': { type: 'boolean', default: false },
  from: { type: 'string' },
  to: { type: 'string' },
  out: { type: 'string' },
} as const;

/** The options each command takes beyond --config and --data-dir: any other is a mistake worth saying. */
const commandOptions: Record<string, readonly string[]> = {
  add: ['id', 'name', 'role', 'badge'],
  reset: ['id', 'pin', 'badge', 'drop-badge'],
  remove: ['id'],
  list: [],
  audit: ['from', 'to', 'out'],
};

export interface StaffCliIo {
  env?: NodeJS.ProcessEnv;
  secrets?: SecretReader;
  now?: () => Date;
}

export async function runStaffCli(args: string[], { env = process.env, secrets = secretReader(), now = () => new Date() }: StaffCliIo = {}): Promise<CliOutcome> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true; args: string[]; strict: true }>>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    return { code: 2, err: `${(error as Error).message}\n${usage}` };
  }
  const { values, positionals } = parsed;
  const [command, ...extra] = positionals;
  const allowed = command === undefined ? undefined : commandOptions[command];
  if (!allowed || extra.length > 0) return { code: 2, err: usage };
  const stray = Object.keys(values).find((key) => !['config', 'data-dir', ...allowed].includes(key) && values[key as keyof typeof values] !== false);
  if (stray) return { code: 2, err: `${command} takes no --${stray}.\n${usage}` };

  const paths = kioskPaths({ config: values.config, dataDir: values['data-dir'] }, env);
  const explicitDataDir = Boolean(values['data-dir']?.trim() || env.ATIENDE_DATA_DIR?.trim());
  const dataDir = explicitDataDir ? paths.dataDir : dataDirCandidates(undefined, env).find((dir) => existsSync(join(dir, databaseFileName)));
  if (command === 'audit') return exportAudit(dataDir, { from: values.from, to: values.to, out: values.out }, now);

  const verdict = loadStoreConfig(paths.configFile);
  if (!verdict.ok) return { code: 1, err: describeProblem(verdict.problem) };
  const staffFile = staffFilePath(paths.configFile, verdict.config);
  if (staffFile === null) {
    return { code: 1, err: `${paths.configFile} has no "staff" section: add "staff": { "file": "staff.json" } to it, then add staff.` };
  }
  const audited: AuditRecord[] = [];
  const context: StaffCommandContext = { staffFile, secrets, now, audit: (entry) => audited.push(entry) };
  const outcome = await runStaffCommand(() => {
    if (command === 'add') return addMember(context, { id: values.id, name: values.name, role: values.role, badge: values.badge });
    if (command === 'reset') return resetMember(context, { id: values.id, pin: values.pin, badge: values.badge, dropBadge: values['drop-badge'] });
    if (command === 'remove') return removeMember(context, { id: values.id });
    return listMembers(context);
  });
  if (audited.length === 0) return outcome;
  if (!dataDir) return { ...outcome, err: 'Not recorded in the staff audit: no kiosk data folder here (give it with --data-dir or ATIENDE_DATA_DIR).' };
  recordAll(dataDir, audited, now);
  return outcome;
}

function recordAll(dataDir: string, entries: readonly AuditRecord[], now: () => Date): void {
  const db = openKioskDatabase(join(dataDir, databaseFileName));
  try {
    const audit = createAuditLog({ db, now });
    for (const entry of entries) audit.record(entry);
  } finally {
    db.close();
  }
}

const auditPage = 1000;

function exportAudit(dataDir: string | undefined, range: { from?: string | undefined; to?: string | undefined; out?: string | undefined }, now: () => Date): CliOutcome {
  for (const [flag, time] of [['--from', range.from], ['--to', range.to]] as const) {
    if (time !== undefined && Number.isNaN(new Date(time).getTime())) return { code: 2, err: `${flag} "${time}" is not a time: give one such as 2026-03-01 or 2026-03-01T09:00:00+01:00.` };
  }
  const file = dataDir === undefined ? undefined : join(dataDir, databaseFileName);
  if (file === undefined || !existsSync(file) || !statSync(file).isFile()) {
    return { code: 1, err: `No kiosk database${file ? ` at ${file}` : ' found'}: give the kiosk's data folder with --data-dir or ATIENDE_DATA_DIR.` };
  }
  const db = openKioskDatabase(file);
  try {
    const audit = createAuditLog({ db, now });
    const entries = [];
    for (let page = audit.read({ from: range.from, to: range.to, limit: auditPage }); page.length > 0; ) {
      entries.push(...page);
      page = page.length < auditPage ? [] : audit.read({ from: range.from, to: range.to, before: page.at(-1)?.id, limit: auditPage });
    }
    const csv = auditCsv(entries);
    if (range.out === undefined) return { code: 0, out: csv };
    writeFileSync(range.out, csv);
    return { code: 0, out: `${entries.length} audit entr${entries.length === 1 ? 'y' : 'ies'} written to ${range.out}.` };
  } finally {
    db.close();
  }
}

if (import.meta.main) {
  const outcome = await runStaffCli(process.argv.slice(2));
  if (outcome.out !== undefined) process.stdout.write(outcome.out.endsWith('\n') ? outcome.out : `${outcome.out}\n`);
  if (outcome.err) console.error(outcome.err);
  process.exitCode = outcome.code;
}
