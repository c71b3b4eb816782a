// Reads the certificate and key the store config names for the listener, and checks they are a
// PEM certificate and the private key that goes with it, naming the file at fault when not.
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { NetworkConfig } from '../../../shared/config/staff-config.ts';
import { HostError } from '../../../shared/host-api/errors.ts';
import { certificateHostNames } from './listener-names.ts';

export interface TlsFiles {
  certificate: string;
  key: string;
  /** The DNS names and addresses the certificate is for. */
  names: string[];
}

/** Undefined when the config names no certificate; throws network.certificateUnreadable {file} otherwise. */
export function readTlsFiles(network: Pick<NetworkConfig, 'certificate' | 'key'>): TlsFiles | undefined {
  if (network.certificate === undefined || network.key === undefined) return undefined;
  const certificateFile = network.certificate;
  const keyFile = network.key;
  const certificate = readPem(certificateFile);
  const key = readPem(keyFile);
  let parsed: X509Certificate;
  try {
    parsed = new X509Certificate(certificate);
  } catch {
    throw new HostError('network.certificateUnreadable', { file: certificateFile });
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(key);
  } catch {
    throw new HostError('network.certificateUnreadable', { file: keyFile });
  }
  // A key of another certificate would fail every handshake: better to say so at start.
  if (!parsed.checkPrivateKey(privateKey)) throw new HostError('network.certificateUnreadable', { file: keyFile });
  return { certificate, key, names: certificateHostNames(certificate) };
}

function readPem(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new HostError('network.certificateUnreadable', { file });
  }
}
