// The queue section of a store config: services, the counters that serve them, priority classes,
// appointments, and the hour the queue's day starts; with the checks that make it hold together.
import { z } from 'zod';
import { countLimits, textLimits } from './limits.ts';
import { bodyTextSchema, titleTextSchema } from './localized-text.ts';
import { slugSchema } from './slug.ts';

/** The built-in priority class of a checked-in appointment; no configured class may take its id. */
export const appointmentClassId = 'appointment';

export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a local time such as "06:30"');

const queueServiceSchema = z
  .object({
    id: slugSchema,
    prefix: z.string().regex(/^[A-Z]$/, 'one capital letter').describe('Ticket numbers start with it: A001'),
    name: titleTextSchema,
    gives: bodyTextSchema.describe('What the customer will get from it, shown while they wait'),
    prepare: bodyTextSchema.optional().describe('What to have ready when called, shown while they wait'),
    priorServiceMinutes: z
      .number()
      .min(0.5)
      .max(240)
      .default(5)
      .describe('Minutes one customer usually takes here: the wait estimate starts from it until real service times come in'),
  })
  .strict();

const counterSchema = z
  .object({
    id: slugSchema,
    label: z.string().trim().min(1).max(12).describe('What the waiting board and the call show, e.g. "3"'),
    services: z.array(slugSchema).min(1).max(countLimits.queueServices).describe('The queue services it serves'),
    opensAtStart: z.boolean().default(true).describe('Open when the queue day starts (and when the kiosk first starts)'),
  })
  .strict();

const priorityClassSchema = z
  .object({
    id: slugSchema,
    advanceMinutes: z.number().int().min(1).max(120).describe('A ticket of this class is served as if it had arrived this much sooner, never more'),
    name: titleTextSchema,
    rule: bodyTextSchema.describe('Who the class is for and what it gives, as customers read it'),
  })
  .strict();

const appointmentsSchema = z
  .object({
    file: z.string().min(1).max(textLimits.path).describe('The booked appointments: a JSON file, relative to this config'),
    advanceMinutes: z
      .number()
      .int()
      .min(0)
      .max(120)
      .default(5)
      .describe('An appointment is served as if it had arrived this much before its booked time'),
    earlyMinutes: z.number().int().min(0).max(240).default(30).describe('How long before the booked time check-in opens'),
    lateMinutes: z.number().int().min(0).max(120).default(15).describe('How long after the booked time check-in stays open'),
    name: titleTextSchema,
    rule: bodyTextSchema.describe('How appointments are served, as customers read it'),
  })
  .strict();

export const queueConfigSchema = z
  .object({
    services: z.array(queueServiceSchema).min(1).max(countLimits.queueServices),
    helpService: slugSchema.describe('The queue service a "prefer a person" ticket joins'),
    counters: z.array(counterSchema).min(1).max(countLimits.counters),
    priorityClasses: z.array(priorityClassSchema).max(countLimits.priorityClasses).default([]),
    appointments: appointmentsSchema.optional(),
    ticketLimits: z
      .object({
        perSession: z.number().int().min(1).max(20).default(3).describe('Tickets one customer session may take; past it the customer is sent to staff'),
        perMinute: z.number().int().min(1).max(600).default(30).describe('Tickets this kiosk gives in any one minute; past it staff are alerted'),
      })
      .strict()
      .default({ perSession: 3, perMinute: 30 })
      .describe('Limits that keep a prankster or a stuck key from flooding the queue'),
    dayStartsAt: clockTimeSchema
      .default('04:00')
      .describe('Local time the queue day starts: numbers restart from 001 and tickets still waiting from the day before are cancelled'),
  })
  .strict();

export type QueueConfig = z.infer<typeof queueConfigSchema>;
export type QueueServiceConfig = QueueConfig['services'][number];
export type CounterConfig = QueueConfig['counters'][number];
export type PriorityClassConfig = QueueConfig['priorityClasses'][number];

export interface QueueConfigProblem {
  /** Inside the queue section. */
  path: (string | number)[];
  expected: string;
}

/** What the schema alone cannot see: ids used twice, counters naming services that do not exist. */
export function queueConfigProblems(queue: QueueConfig): QueueConfigProblem[] {
  const problems: QueueConfigProblem[] = [];
  const problem = (path: (string | number)[], expected: string) => problems.push({ path, expected });
  const serviceIds = new Set<string>();
  // Ticket numbers are counted per prefix: two services sharing one would share a sequence.
  const prefixes = new Set<string>();
  queue.services.forEach((service, index) => {
    if (serviceIds.has(service.id)) problem(['services', index, 'id'], `a queue service id not used before ("${service.id}" is)`);
    if (prefixes.has(service.prefix)) problem(['services', index, 'prefix'], `a prefix no other queue service uses ("${service.prefix}" is)`);
    serviceIds.add(service.id);
    prefixes.add(service.prefix);
  });
  if (!serviceIds.has(queue.helpService)) problem(['helpService'], 'the id of a queue service');

  const counterIds = new Set<string>();
  // A call reads "ticket A012, counter 3": two counters labelled 3 would send customers to both.
  const labels = new Set<string>();
  const served = new Set<string>();
  queue.counters.forEach((counter, index) => {
    if (counterIds.has(counter.id)) problem(['counters', index, 'id'], `a counter id not used before ("${counter.id}" is)`);
    if (labels.has(counter.label)) problem(['counters', index, 'label'], `a label no other counter shows ("${counter.label}" is)`);
    counterIds.add(counter.id);
    labels.add(counter.label);
    counter.services.forEach((service, serviceIndex) => {
      if (!serviceIds.has(service)) problem(['counters', index, 'services', serviceIndex], 'the id of a queue service');
      served.add(service);
    });
  });
  // A ticket for a service no counter serves would wait for ever.
  queue.services.forEach((service, index) => {
    if (!served.has(service.id)) problem(['services', index, 'id'], `a service some counter serves (no counter serves "${service.id}")`);
  });

  const classIds = new Set<string>();
  queue.priorityClasses.forEach((priorityClass, index) => {
    if (priorityClass.id === appointmentClassId) {
      problem(['priorityClasses', index, 'id'], `an id other than "${appointmentClassId}" (the built-in class of appointments)`);
    } else if (classIds.has(priorityClass.id)) {
      problem(['priorityClasses', index, 'id'], `a priority class id not used before ("${priorityClass.id}" is)`);
    }
    classIds.add(priorityClass.id);
  });
  return problems;
}
