// The store config schema: one validated file describes a store's flows, queue, languages and timing.
import { z } from 'zod';
import { flowProblems } from '../flows/flow-checks.ts';
import { flowSchema } from '../flows/flow-schema.ts';
import { languageSchema, supportedLanguages } from '../i18n/languages.ts';
import { boundedRecord, countLimits, textLimits } from './limits.ts';
import { bodyTextSchema, textsMissingLanguages, titleTextSchema } from './localized-text.ts';
import { queueConfigProblems, queueConfigSchema } from './queue-config.ts';
import { slugSchema } from './slug.ts';
import { printerConfigSchema } from './printer-config.ts';
import { networkConfigSchema, staffConfigSchema } from './staff-config.ts';

/** Seconds without progress on a step before the kiosk offers a tutorial: long enough to read and think. */
export const defaultHesitationSeconds = 25;
/** Days the kiosk keeps its usage log, queue events and staff audit: a year and a month, for year-on-year reports. */
export const defaultRetentionDays = 400;

export const storeConfigSchema = z
  .object({
    $schema: z.string().max(textLimits.url).optional(),
    store: z
      .object({
        id: slugSchema,
        name: z.string().trim().min(1).max(textLimits.storeName).describe('Shown to staff, in reports and on the waiting board'),
        kioskName: z.string().trim().min(1).max(40).default('Kiosk').describe('How staff alerts name this kiosk, e.g. "Kiosk by the door"'),
      })
      .strict(),
    languages: z.object({ enabled: z.array(languageSchema).min(1).max(supportedLanguages.length), default: languageSchema }).strict(),
    session: z
      .object({
        idleSeconds: z.number().int().min(15).max(600).default(60),
        warningSeconds: z
          .number()
          .int()
          .min(20)
          .max(120)
          .default(30)
          .describe('How long the "are you still there?" warning lasts; at least 20 s (WCAG 2.2.1)'),
      })
      .strict()
      .default({ idleSeconds: 60, warningSeconds: 30 }),
    tutorials: z
      .object({
        hesitationSeconds: z
          .number()
          .int()
          .min(10)
          .max(120)
          .default(defaultHesitationSeconds)
          .describe('Seconds on a step without progress before a tutorial (or a person) is offered'),
      })
      .strict()
      .default({ hesitationSeconds: defaultHesitationSeconds }),
    accessibility: z
      .object({
        timeFactor: z
          .number()
          .min(1)
          .max(10)
          .default(2)
          .describe('How many times longer every time limit is while a customer uses an accessibility mode (speech, keypad, large text, high contrast, low reach)'),
        speech: z
          .object({
            engine: z
              .enum(['auto', 'platform', 'espeak-ng'])
              .default('auto')
              .describe("auto: the platform's own offline voice for the language where it has one, else espeak-ng run by the host; platform or espeak-ng: only that one"),
            espeakCommand: z.string().min(1).max(textLimits.path).default('espeak-ng').describe('The espeak-ng program: a name looked up on PATH or an absolute path'),
            wordsPerMinute: z.number().int().min(80).max(350).default(165).describe('Speaking rate'),
          })
          .strict()
          .default({ engine: 'auto', espeakCommand: 'espeak-ng', wordsPerMinute: 165 }),
        screenDiagonalInches: z
          .number()
          .min(7)
          .max(120)
          .default(32)
          .describe("The customer screen's diagonal, so large text can be sized in degrees of the customer's view (capital letters at least 0.7 degrees at 50 cm)"),
      })
      .strict()
      .default({ timeFactor: 2, speech: { engine: 'auto', espeakCommand: 'espeak-ng', wordsPerMinute: 165 }, screenDiagonalInches: 32 })
      .describe('Speech, the audio keypad and the display modes (docs/accessibility.md)'),
    displays: z
      .object({ waitingBoard: z.boolean().default(true).describe('Open the waiting board on a second display') })
      .strict()
      .default({ waitingBoard: true }),
    benefits: z
      .array(z.object({ title: titleTextSchema, text: bodyTextSchema }).strict())
      .max(countLimits.benefits)
      .default([])
      .describe('Store benefits shown with the built-in ones in the attract loop and "why use the kiosk"'),
    pilots: z
      .object({ share: z.number().min(0).max(1).default(0).describe('Share of sessions that see pilot flows (0 to 1)') })
      .strict()
      .default({ share: 0 }),
    data: z
      .object({
        orders: z.string().min(1).max(textLimits.path).optional().describe('Orders ready for pickup: a JSON file, relative to this config'),
        bills: z.string().min(1).max(textLimits.path).optional().describe('Bills that can be paid here: a JSON file, relative to this config'),
      })
      .strict()
      .default({}),
    queue: queueConfigSchema,
    complaints: z
      .object({
        keepContactDays: z.number().int().min(1).max(365).default(30).describe('Days a complaint\'s text, contact details and notes are kept, then erased'),
        queueService: slugSchema.describe('The queue service a complaint ticket joins'),
      })
      .strict()
      .optional(),
    retention: z
      .object({
        days: z
          .number()
          .int()
          .min(30)
          .max(3650)
          .default(defaultRetentionDays)
          .describe('Days usage events, queue events and the staff audit are kept; older ones are deleted'),
      })
      .strict()
      .default({ days: defaultRetentionDays }),
    health: z
      .object({
        everyMinutes: z.number().int().min(1).max(60).default(5).describe('Minutes between health checks (database, disk, printer, clock)'),
        minFreeMegabytes: z.number().int().min(50).max(100_000).default(500).describe('Free space on the data folder\'s disk below which staff are alerted'),
      })
      .strict()
      .default({ everyMinutes: 5, minFreeMegabytes: 500 })
      .describe('Self-checks run at start and every few minutes; a failing one alerts staff'),
    printer: printerConfigSchema.optional(),
    staff: staffConfigSchema.optional().describe('Staff sign-in at the consoles and at the kiosk; without it nobody can sign in'),
    network: networkConfigSchema.optional().describe('The store-network listener for the staff console, back office and remote boards'),
    telemetry: z
      .object({
        endpoint: z.url({ protocol: /^https?$/ }).max(textLimits.url).describe("The collector's OTLP/HTTP logs endpoint, e.g. http://collector:4318/v1/logs"),
        headers: boundedRecord(
          z.string().max(textLimits.headerName).regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'a header name: letters, digits and dashes'),
          // A line break in a value would end the header and begin another.
          z.string().max(textLimits.headerValue).regex(/^[^\r\n\0]*$/, 'a header value on one line'),
          countLimits.telemetryHeaders,
        )
          .optional()
          .describe('HTTP headers sent with every request, e.g. an API key'),
        kioskId: z.string().trim().min(1).max(64).optional().describe('How the fleet back end names this kiosk; default the store id and the kiosk name'),
        maxOutboxRows: z.number().int().min(100).max(10_000_000).default(100_000).describe('Events kept while the collector is unreachable; past it the oldest are dropped and counted'),
      })
      .strict()
      .optional()
      .describe('Fleet telemetry: usage, queue and audit events sent as OpenTelemetry logs; off without it'),
    flows: z.array(flowSchema).min(1).max(countLimits.flows),
  })
  .strict()
  .superRefine((config, ctx) => {
    const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const { enabled } = config.languages;
    if (!enabled.includes(config.languages.default)) {
      problem(['languages', 'default'], `one of the enabled languages (${enabled.join(', ')})`);
    }
    for (const missing of textsMissingLanguages(config, enabled)) {
      problem(missing.path, `a text in ${missing.language}, an enabled language`);
    }
    const queueIds = new Set(config.queue.services.map((service) => service.id));
    for (const queueProblem of queueConfigProblems(config.queue)) problem(['queue', ...queueProblem.path], queueProblem.expected);
    if (config.complaints && !queueIds.has(config.complaints.queueService)) {
      problem(['complaints', 'queueService'], 'the id of a queue service');
    }
    const flowIds = new Set<string>();
    config.flows.forEach((flow, index) => {
      if (flowIds.has(flow.id)) problem(['flows', index, 'id'], `a flow id not used before ("${flow.id}" is)`);
      flowIds.add(flow.id);
      for (const flowProblem of flowProblems(flow)) problem(['flows', index, ...flowProblem.path], flowProblem.expected);
      flow.steps.forEach((step, stepIndex) => {
        if (step.type !== 'choose' || step.field !== 'queueService') return;
        step.options.forEach((option, optionIndex) => {
          if (!queueIds.has(option.value)) {
            problem(['flows', index, 'steps', stepIndex, 'options', optionIndex, 'value'], 'the id of a queue service');
          }
        });
      });
      const usesData = (actions: readonly string[], file: 'orders' | 'bills') =>
        flow.steps.some((step) => step.action !== undefined && actions.includes(step.action)) && !config.data[file];
      if (usesData(['order.find', 'order.collect', 'return.register'], 'orders')) {
        problem(['data', 'orders'], `an orders file (flow "${flow.id}" looks up orders)`);
      }
      if (usesData(['bill.find', 'bill.registerPayment'], 'bills')) problem(['data', 'bills'], `a bills file (flow "${flow.id}" looks up bills)`);
      if (flow.steps.some((step) => step.action === 'complaint.file') && !config.complaints) {
        problem(['complaints'], `complaint settings (flow "${flow.id}" files complaints)`);
      }
    });
  });

export type StoreConfig = z.infer<typeof storeConfigSchema>;
export type TelemetryConfig = NonNullable<StoreConfig['telemetry']>;
