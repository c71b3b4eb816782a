import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenarioSeeds } from '../../bench/queue/queue-bench.ts';
import { storeScenarios } from '../../bench/queue/store-scenarios.ts';
import { queueEventSchema } from '../../../shared/queue/queue-events.ts';

const doc = readFileSync(new URL('../../../docs/wait-estimates.md', import.meta.url), 'utf8');

function keys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keys);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...keys(inner)]);
}

describe('docs/wait-estimates.md', () => {
  const oneDay = runScenarioSeeds(storeScenarios[0] as (typeof storeScenarios)[number], 1);
  const benchFields = [...new Set(['version', 'seconds', 'targets', 'seedOffsets', 'allMet', 'scenarios', ...keys(oneDay), 'dimension', 'groupMinRanges', 'groupCoverageMin', 'groupCoverageMax', 'groupPastUpperMax', 'sharedCountersRatio', 'singleServiceRatio', 'coverageMin', 'coverageMax', 'pastUpperMax'])];

  it.each(benchFields)('documents the bench result field %s', (field) => {
    expect(doc).toContain(`\`${field}\``);
  });

  const eventFields = [...new Set(queueEventSchema.options.flatMap((option) => Object.keys(option.shape)))];
  const eventTypes = queueEventSchema.options.map((option) => option.shape.type.value);

  it.each([...eventFields, ...eventTypes])('documents the queue log field or event %s', (name) => {
    expect(doc).toContain(`\`${name}\``);
  });
});
