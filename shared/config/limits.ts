// How big a store config and its data files may be. Each limit leaves room for a large bank or
// retailer (and for every text in four languages) yet keeps a broken or hostile file from making
// the kiosk slow: every limit is named in the error that refuses a file past it.
import { z } from 'zod';

/** Counts of lists in the store config. */
export const countLimits = {
  /** Home-screen services: a bank's fullest menu is a few dozen. */
  flows: 100,
  stepsPerFlow: 50,
  /** Options of a `choose` step: more would not fit one screen without scrolling. */
  optionsPerStep: 8,
  tutorialMarksPerFlow: 50,
  /** Fields a `review` step shows back, and practice values a flow gives. */
  fieldsPerFlow: 50,
  presetsPerStep: 6,
  /** Each takes its own capital letter as ticket prefix. */
  queueServices: 26,
  counters: 100,
  benefits: 4,
  priorityClasses: 8,
  telemetryHeaders: 20,
} as const;

/** Characters of free text, by what the text is for. */
export const textLimits = {
  /** A title, name, label or button: one or two lines on screen. */
  title: 200,
  /** A paragraph: a lead, a body, a rule, a tutorial mark. */
  body: 2000,
  storeName: 120,
  /** Ids, slugs, step ids and field names. */
  id: 64,
  /** A file the config names, relative to it or absolute. */
  path: 1024,
  url: 2048,
  /** DNS allows 253 characters in a host name. */
  hostName: 253,
  /** A regular expression for typed text. */
  pattern: 500,
  headerName: 100,
  /** Room for a bearer token (a JWT is a few kilobytes at most). */
  headerValue: 4096,
} as const;

/** Rows of each data file (orders, bills, appointments): all of them are held in memory. */
export const maxDataRows = 100_000;

/** Nesting of objects and arrays in any file: the deepest store config needs 8 levels. */
export const maxNestingDepth = 16;

/**
 * A record of at most `max` entries. Zod records have no size check of their own; the issue raised
 * is the one an array past its limit raises, so it is put into words the same way.
 */
export function boundedRecord<Key extends z.core.$ZodRecordKey, Value extends z.core.SomeType>(key: Key, value: Value, max: number) {
  return z
    .record(key, value)
    .superRefine((record, ctx) => {
      if (Object.keys(record).length > max) ctx.addIssue({ code: 'too_big', origin: 'array', maximum: max, inclusive: true, input: record });
    })
    .meta({ maxProperties: max });
}
