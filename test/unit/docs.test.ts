import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storeConfigSchema } from '../../shared/config/store-config.ts';
import { factIds, flowActionNames } from '../../shared/flows/flow-actions.ts';
import { checkDigitSchema, flowSchema, flowStepTypes, normalizeSchema } from '../../shared/flows/flow-schema.ts';
import { hostErrorCodes } from '../../shared/host-api/errors.ts';
import { eventNames, hostEvents, hostMethods, methodNames } from '../../shared/host-api/contract.ts';
import { rights } from '../../shared/host-api/roles.ts';

const hostApiDoc = readFileSync(new URL('../../docs/host-api.md', import.meta.url), 'utf8');
const configDoc = readFileSync(new URL('../../docs/config-reference.md', import.meta.url), 'utf8');

describe('the host API reference', () => {
  it.each([...methodNames, ...eventNames, ...hostErrorCodes, ...factIds])('documents %s', (name) => {
    expect(hostApiDoc).toContain(`\`${name}\``);
  });
});

describe('the host API reference on rights', () => {
  // The group the contract grants, as the reference names it: queueWatchers is "queue watchers".
  const groupOf = (granted: readonly string[]) => {
    const name = Object.entries(rights).find(([, roles]) => roles.length === granted.length && roles.every((role) => granted.includes(role)))?.[0] ?? '?';
    return name.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
  };
  const rowOf = (name: string) => hostApiDoc.split('\n').find((line) => line.startsWith(`| \`${name}\` |`)) ?? '';

  it.each(methodNames)('says who may call %s, as the contract does', (method) => {
    expect(rowOf(method).endsWith(`| ${groupOf(hostMethods[method].roles)} |`)).toBe(true);
  });

  it.each(eventNames)('says who hears %s, as the contract does', (event) => {
    const rows = hostApiDoc.split('\n').filter((line) => line.startsWith(`| \`${event}\` |`));
    expect(rows.at(-1)?.endsWith(`| ${groupOf(hostEvents[event].roles)} |`)).toBe(true);
  });
});

describe('the config reference', () => {
  const topLevelFields = Object.keys(storeConfigSchema.shape);
  const flowFields = Object.keys(flowSchema.shape);
  const textRules = [...normalizeSchema.options, ...checkDigitSchema.options];

  it.each([...topLevelFields, ...flowFields])('documents the field %s', (field) => {
    expect(configDoc).toContain(`\`${field}\``);
  });

  it.each(flowStepTypes)('documents the %s step with an example', (type) => {
    expect(configDoc).toContain(`### \`${type}\``);
    expect(configDoc).toContain(`"type": "${type}"`);
  });

  it.each(flowActionNames)('documents the %s action', (action) => {
    expect(configDoc).toMatch(new RegExp(`^\\| \`${action.replace('.', '\\.')}\` \\|`, 'm'));
  });

  it.each(textRules)('documents the text rule %s', (rule) => {
    expect(configDoc).toContain(`\`${rule}\``);
  });
});
