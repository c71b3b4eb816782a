// `npm run certificate -- --host 192.168.1.20 [--host store-pc.local] --out DIR`: writes a trial
// certificate (atiende.crt) and its key (atiende.key, readable by its owner only) for the
// store-network listener; the store config then names them as network.certificate and network.key.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makeTrialCertificate } from './certificate.ts';

const usage = 'usage: npm run certificate -- --host ADDRESS_OR_NAME [--host ...] --out DIR   e.g. --host 192.168.1.20 --host store-pc.local --out stores/main';
const hostPattern = /^[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*$/;

export type CliOutcome = { code: 0 | 2; out?: string; err?: string };

export async function runCertificateCli(args: string[]): Promise<CliOutcome> {
  const options = { host: { type: 'string', multiple: true }, out: { type: 'string' } } as const;
  let values: { host?: string[]; out?: string };
  try {
    ({ values } = parseArgs({ args, options }));
  } catch (error) {
    return { code: 2, err: `${(error as Error).message}\n${usage}` };
  }
  const hosts = values.host ?? [];
  if (hosts.length === 0 || !values.out) return { code: 2, err: usage };
  const wrong = hosts.find((host) => isIP(host) === 0 && !hostPattern.test(host));
  if (wrong !== undefined) return { code: 2, err: `${wrong} is neither an IP address nor a host name.\n${usage}` };

  const dir = resolve(values.out);
  const { cert, key } = await makeTrialCertificate({ hosts });
  mkdirSync(dir, { recursive: true });
  const certificateFile = join(dir, 'atiende.crt');
  const keyFile = join(dir, 'atiende.key');
  writeFileSync(certificateFile, cert);
  // Written 0600 from the start, and chmod-ed in case an older key was there.
  writeFileSync(keyFile, key, { mode: 0o600 });
  chmodSync(keyFile, 0o600);
  return {
    code: 0,
    out: [
      `Wrote ${certificateFile} and ${keyFile} (a self-signed trial certificate for ${hosts.join(', ')}, 127.0.0.1 and localhost, valid one year).`,
      'Name them in the store config: "network": { "certificate": "…/atiende.crt", "key": "…/atiende.key" }, paths relative to the config.',
      'Browsers warn about a self-signed certificate until it is trusted on each device; in production use one your devices trust.',
    ].join('\n'),
  };
}

if (import.meta.main) {
  const outcome = await runCertificateCli(process.argv.slice(2));
  if (outcome.out) console.log(outcome.out);
  if (outcome.err) console.error(outcome.err);
  process.exitCode = outcome.code;
}
