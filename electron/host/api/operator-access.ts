// The operator's way in: a file in the data folder, readable by its owner alone, naming the
// loopback port and the secret that stands for the operator, and where the store-network listener
// answers when it runs. The command line finds the running host through it; nobody else on the
// machine can read it.
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const operatorAccessFileName = 'operator-access.json';

const operatorAccessSchema = z
  .object({
    port: z.number().int().min(1).max(65535),
    token: z.string().min(16).max(256),
    /** The store-network listener's origin (https://192.168.1.20:8443), when it runs. */
    network: z.url({ protocol: /^https?$/ }).optional(),
  })
  .strict();
export type OperatorAccess = z.infer<typeof operatorAccessSchema>;

export type OperatorAccessReading =
  | { ok: true; access: OperatorAccess }
  | { ok: false; problem: 'missing' | 'unreadable' | 'malformed'; file: string };

export function operatorAccessFile(dataDir: string): string {
  return join(dataDir, operatorAccessFileName);
}

/** Written with mode 0600 from the start, and chmod-ed again in case the file was there before. */
export function writeOperatorAccess(dataDir: string, access: OperatorAccess): void {
  const file = operatorAccessFile(dataDir);
  writeFileSync(file, `${JSON.stringify(access)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}

/** Adds the store-network listener's origin to the access file the running host wrote; nothing if there is none. */
export function recordNetworkOrigin(dataDir: string, network: string): void {
  const reading = readOperatorAccess(dataDir);
  if (reading.ok) writeOperatorAccess(dataDir, { ...reading.access, network });
}

export function removeOperatorAccess(dataDir: string): void {
  rmSync(operatorAccessFile(dataDir), { force: true });
}

export function readOperatorAccess(dataDir: string): OperatorAccessReading {
  const file = operatorAccessFile(dataDir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, problem: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable', file };
  }
  try {
    const parsed = operatorAccessSchema.safeParse(JSON.parse(text));
    return parsed.success ? { ok: true, access: parsed.data } : { ok: false, problem: 'malformed', file };
  } catch {
    return { ok: false, problem: 'malformed', file };
  }
}
