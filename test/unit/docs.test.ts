import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventNames, methodNames } from '../../shared/host-api/names.ts';
import { hostErrorCodes } from '../../shared/host-api/errors.ts';

const hostApiDoc = readFileSync(new URL('../../docs/host-api.md', import.meta.url), 'utf8');

describe('the host API reference', () => {
  it.each([...methodNames, ...eventNames, ...hostErrorCodes])('documents %s', (name) => {
    expect(hostApiDoc).toContain(`\`${name}\``);
  });
});
