// Salted, slow hashes of staff PINs and badge codes, and their constant-time comparison: the staff
// file keeps only these, so a copy of it does not give away who can sign in.
//
// scrypt, not argon2id: Node has `crypto.argon2` only since 24.7 and only over OpenSSL 3.2 or newer,
// while Electron builds Node on BoringSSL, which has no Argon2. A staff file written by
// `npm run staff` under plain Node must verify in the Electron kiosk too, so scrypt it is, at
// OWASP's parameters. Each hash carries its parameters, so they can rise later without a migration.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

const base64 = z.string().regex(/^[A-Za-z0-9+/]{16,}={0,2}$/, 'base64 of at least 12 bytes');

/** The cost of a hash; bounded so a hand-edited file cannot make the host allocate gigabytes. */
const costShape = {
  N: z
    .number()
    .int()
    .min(2 ** 10)
    .max(2 ** 20)
    .refine((n) => (n & (n - 1)) === 0, 'a power of two'),
  r: z.number().int().min(1).max(16),
  p: z.number().int().min(1).max(4),
};

export const secretHashSchema = z.object({ algorithm: z.literal('scrypt'), ...costShape, salt: base64, hash: base64 }).strict();
export type SecretHash = z.infer<typeof secretHashSchema>;
export type ScryptCost = Pick<SecretHash, 'N' | 'r' | 'p'>;

/** OWASP Password Storage Cheat Sheet: N=2^17, r=8, p=1 (128 MiB, about 0.1-0.5 s a hash). */
export const owaspScryptCost: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
const keyBytes = 32;
const saltBytes = 16;

/** A new random salt, base64: one per PIN, and one per staff file for its badges. */
export function newSalt(): string {
  return randomBytes(saltBytes).toString('base64');
}

/** Hashes `secret` under `salt` (a new one by default); async, so the host keeps serving meanwhile. */
export async function hashSecret(secret: string, { cost = owaspScryptCost, salt = newSalt() }: { cost?: ScryptCost; salt?: string } = {}): Promise<SecretHash> {
  const key = await derive(secret, Buffer.from(salt, 'base64'), cost, keyBytes);
  return { algorithm: 'scrypt', ...pickCost(cost), salt, hash: key.toString('base64') };
}

/** Whether `secret` is the one `stored` was made from; the bytes are compared in constant time. */
export async function verifySecret(secret: string, stored: SecretHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const key = await derive(secret, Buffer.from(stored.salt, 'base64'), stored, expected.length);
  return timingSafeEqual(key, expected);
}

/**
 * The index of the hash among `candidates` that `secret` was made from, or -1. Candidates that
 * share a salt and cost (the badges of one staff file) cost one derivation together, and every
 * candidate is compared whatever matched, so the time taken says nothing about which one did.
 */
export async function matchSecret(secret: string, candidates: readonly SecretHash[]): Promise<number> {
  const keys = new Map<string, Promise<Buffer>>();
  const expected = candidates.map((candidate) => {
    const hash = Buffer.from(candidate.hash, 'base64');
    const group = `${candidate.N}:${candidate.r}:${candidate.p}:${hash.length}:${candidate.salt}`;
    if (!keys.has(group)) keys.set(group, derive(secret, Buffer.from(candidate.salt, 'base64'), candidate, hash.length));
    return { hash, group };
  });
  let found = -1;
  for (const [index, { hash, group }] of expected.entries()) {
    const key = await keys.get(group);
    if (key && timingSafeEqual(key, hash) && found === -1) found = index;
  }
  return found;
}

/** A hash of the same cost as `like` that nothing matches: spent on an unknown staff id, so it costs what a known one does. */
export function decoyHash(like: ScryptCost = owaspScryptCost): SecretHash {
  return { algorithm: 'scrypt', ...pickCost(like), salt: newSalt(), hash: randomBytes(keyBytes).toString('base64') };
}

function pickCost({ N, r, p }: ScryptCost): ScryptCost {
  return { N, r, p };
}

function derive(secret: string, salt: Buffer, { N, r, p }: ScryptCost, length: number): Promise<Buffer> {
  // scrypt needs about 128·r·(N + p) bytes; Node's default ceiling (32 MiB) is below OWASP's 128 MiB.
  const maxmem = 2 * 128 * r * (N + p);
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFC'), salt, length, { N, r, p, maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
