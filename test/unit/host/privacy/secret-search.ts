// Looks for what customers typed in raw bytes, the way someone holding a copy of the disk or of
// the collector's traffic would: in UTF-8, UTF-16 (either byte order) and whatever its case.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Something a customer typed (or a data-file code they used), and the step it came from. */
export interface Secret {
  text: string;
  from: string;
  /** The store config says it is kept a while (a complaint's text and contact, for keepContactDays). */
  kept: boolean;
}

/** A place to look, named for the failure message. */
export interface Place {
  name: string;
  bytes: Buffer;
}

export type Encoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';

const encoders: Record<Encoding, (text: string) => Buffer> = {
  'UTF-8': (text) => Buffer.from(text, 'utf8'),
  'UTF-16LE': (text) => Buffer.from(text, 'utf16le'),
  'UTF-16BE': (text) => Buffer.from(text, 'utf16le').swap16(),
};

/** ASCII letters folded to lower case byte by byte, so "k7m2qx" finds "K7M2QX" in any encoding. */
function folded(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  for (let index = 0; index < copy.length; index += 1) {
    const byte = copy[index] ?? 0;
    if (byte >= 0x41 && byte <= 0x5a) copy[index] = byte + 0x20;
  }
  return copy;
}

interface Needle {
  secret: Secret;
  encoding: Encoding;
  bytes: Buffer;
}

/** The text in each encoding, in its own, lower and upper case (non-ASCII letters change case too: Ñ, ñ). */
function needlesOf(secret: Secret): Needle[] {
  const { text } = secret;
  const variants = [...new Set([text, text.toLowerCase(), text.toUpperCase()])];
  const all = (Object.keys(encoders) as Encoding[]).flatMap((encoding) =>
    variants.map((variant) => ({ secret, encoding, bytes: folded(encoders[encoding](variant)) })),
  );
  // Folding makes an ASCII text's case variants one needle: each is looked for once.
  return all.filter((each, index) => all.findIndex((other) => other.bytes.equals(each.bytes)) === index);
}

const keyAt = (bytes: Buffer, at: number) => ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 3] ?? 0) << 24)) >>> 0;

/**
 * Finds many texts in one pass over the bytes: needles are filed by their first four bytes, and
 * only those whose four bytes start at a position are compared there. Hundreds of secrets in
 * UTF-8 and UTF-16 over a database of megabytes take milliseconds, not minutes.
 */
function searcher(secrets: readonly Secret[]): (bytes: Buffer) => Map<Secret, Encoding> {
  const byKey = new Map<number, Needle[]>();
  const short: Needle[] = [];
  for (const needle of secrets.flatMap(needlesOf)) {
    if (needle.bytes.length < 4) {
      short.push(needle);
      continue;
    }
    const key = keyAt(needle.bytes, 0);
    byKey.set(key, [...(byKey.get(key) ?? []), needle]);
  }
  return (bytes) => {
    const haystack = folded(bytes);
    const found = new Map<Secret, Encoding>();
    for (const needle of short) if (!found.has(needle.secret) && haystack.includes(needle.bytes)) found.set(needle.secret, needle.encoding);
    for (let at = 0; at + 4 <= haystack.length; at += 1) {
      const candidates = byKey.get(keyAt(haystack, at));
      if (!candidates) continue;
      for (const needle of candidates) {
        if (found.has(needle.secret) || at + needle.bytes.length > haystack.length) continue;
        if (haystack.compare(needle.bytes, 0, needle.bytes.length, at, at + needle.bytes.length) === 0) found.set(needle.secret, needle.encoding);
      }
    }
    return found;
  };
}

/** How `text` is found in `bytes`, or null when it is not there in any encoding or case. */
export function foundAs(bytes: Buffer, text: string): Encoding | null {
  return [...searcher([{ text, from: '', kept: false }])(bytes).values()][0] ?? null;
}

/** Every secret found in every place, as readable lines: "<place>: <step> typed "<text>" (UTF-8)". */
export function findings(places: readonly Place[], secrets: readonly Secret[]): string[] {
  const search = searcher(secrets);
  return places.flatMap((place) => {
    const found = search(place.bytes);
    return secrets.flatMap((secret) => {
      const encoding = found.get(secret);
      return encoding ? [`${place.name}: ${secret.from} "${secret.text}" (${encoding})`] : [];
    });
  });
}

/** The secrets none of the places holds, as readable lines: "<step> "<text>"". */
export function notFound(places: readonly Place[], secrets: readonly Secret[]): string[] {
  const search = searcher(secrets);
  const found = new Set(places.flatMap((place) => [...search(place.bytes).keys()]));
  return secrets.filter((secret) => !found.has(secret)).map((secret) => `${secret.from} "${secret.text}"`);
}

/** Every file under `folder`, read whole, named by its path inside the folder. */
export function filesIn(folder: string): Place[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { name: `file ${relative(folder, path)}`, bytes: readFileSync(path) };
    });
}

/** A value as JSON, every string in it also laid out plainly: a `\u00f1` escape must not hide an ñ. */
export function jsonPlace(name: string, value: unknown): Place {
  return { name, bytes: Buffer.from(`${JSON.stringify(value)}\n${stringsIn(value).join('\n')}`, 'utf8') };
}

/** Every string inside a parsed JSON value, keys included. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => [key, ...stringsIn(inner)]);
  return [];
}

/**
 * The secrets with their plain (unkeyed) hashes added: a phone number's or an order code's SHA-256
 * is as good as the value itself to anyone who tries them all, so only a keyed hash may be stored.
 * A plain hash is never kept, not even of a value the store keeps.
 */
export function withPlainHashes(secrets: readonly Secret[]): Secret[] {
  return secrets.flatMap((secret) => [
    secret,
    ...(['sha256', 'sha1', 'md5'] as const).flatMap((algorithm) => {
      const digest = createHash(algorithm).update(secret.text).digest();
      return [digest.toString('hex'), digest.toString('base64')].map((text) => ({ text, from: `${secret.from}, as its plain ${algorithm}`, kept: false }));
    }),
  ]);
}
