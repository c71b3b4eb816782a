// A self-signed certificate and key for trying the store-network listener: made for the given host
// names and addresses plus this machine's loopback, valid for a year. Browsers warn about it until
// it is trusted on each device; a store in production brings a certificate its devices trust.
import { isIP } from 'node:net';
import selfsigned from 'selfsigned';

export interface TrialCertificateRequest {
  /** Names (store-pc.local) and addresses (192.168.1.20) the listener is reached by. */
  hosts: readonly string[];
  /** When it starts to be valid; now by default. */
  from?: Date;
}

export interface TrialCertificate {
  cert: string;
  key: string;
}

const alwaysNamed = ['127.0.0.1', 'localhost'];

export async function makeTrialCertificate({ hosts, from = new Date() }: TrialCertificateRequest): Promise<TrialCertificate> {
  const names = [...new Set([...hosts.map((host) => host.trim()).filter((host) => host !== ''), ...alwaysNamed])];
  const until = new Date(from);
  until.setFullYear(until.getFullYear() + 1);
  const made = await selfsigned.generate([{ name: 'commonName', value: names[0] ?? 'localhost' }, { name: 'organizationName', value: 'Atiende trial' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: from,
    notAfterDate: until,
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: names.map((name) => (isIP(name) ? { type: 7 as const, ip: name } : { type: 2 as const, value: name })) },
    ],
  });
  return { cert: made.cert, key: made.private };
}
