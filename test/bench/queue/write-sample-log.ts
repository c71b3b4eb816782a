// Writes test/fixtures/queue-log.sample.jsonl: two simulated days of the small shop, as the kiosk records its queue log.
import { writeFileSync } from 'node:fs';
import type { QueueEvent } from '../../../shared/queue/queue-events.ts';
import { queueLogHeader } from '../../../shared/queue/estimate/queue-log.ts';
import { simulateStore } from './store-simulator.ts';
import { storeScenarios } from './store-scenarios.ts';

const scenario = storeScenarios.find((candidate) => candidate.id === 'small-shop');
if (!scenario) throw new Error('the small-shop scenario is gone');
const events: QueueEvent[] = [];
simulateStore(scenario, (event) => events.push(event), { days: 2 });
const target = new URL('../../fixtures/queue-log.sample.jsonl', import.meta.url);
writeFileSync(target, `${[queueLogHeader(), ...events.map((event) => JSON.stringify(event))].join('\n')}\n`);
console.log(`wrote ${events.length} events to ${target.pathname}`);
