// Finds the range a number in a config file had to fall in, so a wrong number is answered with its
// whole range ("a whole number from 15 to 600"), though zod's issue names only the bound it crossed.
import { z } from 'zod';

export interface NumberRange {
  min: number;
  max: number;
  whole: boolean;
}

/** The range of the number field at `path` in `schema`, following `value` through unions; none if unbounded. */
export function numberRangeAt(schema: z.core.$ZodType, path: readonly PropertyKey[], value: unknown): NumberRange | undefined {
  const field = numberAt(schema, path, value);
  if (!field || field.minValue === null || field.maxValue === null) return undefined;
  return { min: field.minValue, max: field.maxValue, whole: field.isInt };
}

function numberAt(schema: z.core.$ZodType, path: readonly PropertyKey[], value: unknown): z.ZodNumber | undefined {
  if (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodPrefault ||
    schema instanceof z.ZodReadonly ||
    schema instanceof z.ZodNonOptional ||
    schema instanceof z.ZodCatch
  ) {
    return numberAt(schema.unwrap(), path, value);
  }
  if (schema instanceof z.ZodPipe) return numberAt(schema.in, path, value);
  const [key, ...rest] = path;
  if (key === undefined) return schema instanceof z.ZodNumber ? schema : undefined;
  const inner = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  if (schema instanceof z.ZodObject) {
    const field = typeof key === 'string' ? schema.shape[key] : undefined;
    return field ? numberAt(field, rest, inner) : undefined;
  }
  if (schema instanceof z.ZodArray) return numberAt(schema.element, rest, inner);
  if (schema instanceof z.ZodRecord) return numberAt(schema.valueType, rest, inner);
  if (schema instanceof z.ZodUnion) {
    // A tagged union (a step's `type`) has one member for the value's tag: look only there.
    const tag = schema instanceof z.ZodDiscriminatedUnion ? schema.def.discriminator : undefined;
    const members = schema.options.filter((member) => tag === undefined || tagMatches(member, tag, value));
    for (const member of members) {
      const found = numberAt(member, path, value);
      if (found) return found;
    }
  }
  return undefined;
}

function tagMatches(member: z.core.$ZodType, tag: string, value: unknown): boolean {
  if (!(member instanceof z.ZodObject) || value === null || typeof value !== 'object') return false;
  const tagSchema = member.shape[tag];
  return tagSchema !== undefined && z.safeParse(tagSchema, (value as Record<string, unknown>)[tag]).success;
}
