// `npm run kiosk -- METHOD '{json}'`: calls any host method of the kiosk running on this machine,
// as the operator, and prints its result or its typed error; `npm run kiosk -- --page board`
// prints a fresh address for the kiosk page or the waiting board. It finds the host through the
// operator access file in the kiosk's data folder: --data-dir, then ATIENDE_DATA_DIR, then the
// browser shell's default and Electron's.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { browserTransport } from '../../../shared/host-api/browser-transport.ts';
import { replyEnvelopeSchema } from '../../../shared/host-api/envelope.ts';
import { kioskPaths } from '../kiosk-paths.ts';
import { readOperatorAccess, type OperatorAccess } from './operator-access.ts';

const usage = [
  "usage: npm run kiosk -- METHOD ['{\"json\":\"input\"}'] [--data-dir DIR]   e.g. npm run kiosk -- queue.callNext '{\"counter\":\"desk-1\"}'",
  '       npm run kiosk -- --page kiosk|board [--data-dir DIR]   a fresh address for a page, good once within a minute',
].join('\n');

/** Where a kiosk may keep its data when nobody said: the browser shell's folder, then Electron's (unpackaged and packaged). */
export function dataDirCandidates(given: string | undefined, env: NodeJS.ProcessEnv): string[] {
  if (given?.trim() || env.ATIENDE_DATA_DIR?.trim()) return [kioskPaths({ dataDir: given }, env).dataDir];
  const config = env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
  return [kioskPaths({}, env).dataDir, join(config, 'atiende'), join(config, 'Atiende')];
}

export type CliOutcome = { code: 0 | 1 | 2; out?: string; err?: string };

export async function runKioskCli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliOutcome> {
  const options = { 'data-dir': { type: 'string' }, page: { type: 'string' } } as const;
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true; args: string[] }>>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true });
  } catch (error) {
    return { code: 2, err: `${(error as Error).message}\n${usage}` };
  }
  const page = parsed.values.page;
  const [method, json = '{}', ...extra] = parsed.positionals;
  if (page !== undefined ? page !== 'kiosk' && page !== 'board' : !method || extra.length > 0) return { code: 2, err: usage };
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch (error) {
    return { code: 2, err: `The input is not JSON (${(error as Error).message}): give it in single quotes, e.g. '{"counter":"desk-1"}'` };
  }

  const candidates = dataDirCandidates(parsed.values['data-dir'], env);
  let access: OperatorAccess | undefined;
  for (const dataDir of candidates) {
    const reading = readOperatorAccess(dataDir);
    if (reading.ok) {
      access = reading.access;
      break;
    }
    if (reading.problem !== 'missing') return { code: 2, err: `${reading.file} is ${reading.problem}: it should be written by the running kiosk, readable by its owner only.` };
  }
  if (!access) {
    return { code: 2, err: `No running kiosk found: no operator access file in ${candidates.join(' or ')}. Start the kiosk, or give its data folder with --data-dir or ATIENDE_DATA_DIR.` };
  }

  let response: Response;
  try {
    response = await fetch(`http://127.0.0.1:${access.port}${page === undefined ? browserTransport.callPath : browserTransport.pageAddressPath}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${access.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(page === undefined ? { id: 1, method, input } : { view: page }),
    });
  } catch {
    return { code: 2, err: `The kiosk is not answering on 127.0.0.1:${access.port}: it may have stopped without removing its access file.` };
  }
  if (response.status === 401) return { code: 2, err: 'The kiosk refused the operator token: the access file belongs to a kiosk that has since restarted.' };
  if (page !== undefined) {
    if (response.status === 404) return { code: 2, err: 'This kiosk shows no pages on its loopback address (it runs under Electron): its windows are its pages.' };
    const address = (await response.json().catch(() => null)) as { url?: unknown } | null;
    return typeof address?.url === 'string' ? { code: 0, out: address.url } : { code: 2, err: `The kiosk answered HTTP ${response.status} without an address.` };
  }
  const reply = replyEnvelopeSchema.safeParse(await response.json().catch(() => null));
  if (!reply.success) return { code: 2, err: `The kiosk answered HTTP ${response.status} with something that is not a reply.` };
  if (!reply.data.ok) {
    const { code, params } = reply.data.error;
    return { code: 1, err: `${method}: ${code}${Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : ''}` };
  }
  return { code: 0, out: JSON.stringify(reply.data.result, null, 2) };
}

if (import.meta.main) {
  const outcome = await runKioskCli(process.argv.slice(2));
  if (outcome.out) console.log(outcome.out);
  if (outcome.err) console.error(outcome.err);
  process.exitCode = outcome.code;
}
