// The declarative flow schema: a store's services as typed steps in its config, never in code.
// Generic step screens render any flow; the host runs only the actions a step declares.
import { z } from 'zod';
import { boundedRecord, countLimits, textLimits } from '../config/limits.ts';
import { bodyTextSchema, titleTextSchema } from '../config/localized-text.ts';
import { flowActionNames } from './flow-actions.ts';

const stepIdSchema = z.string().max(textLimits.id).regex(/^[a-z][a-zA-Z0-9-]*$/, 'a step id: letters, digits, dashes');
const fieldNameSchema = z.string().max(textLimits.id).regex(/^[a-z][a-zA-Z0-9]*$/, 'a field name: letters and digits');
/** Amounts and counts a customer enters: far beyond any bill or top-up a kiosk takes. */
const maxAmount = 10_000_000;
/** The most a customer may type into one field, after tidying. */
const maxTypedCharacters = 500;

/** How typed or scanned text is tidied before it is checked: customers add spaces and dashes. */
export const normalizeSchema = z.enum(['upperAlphanumeric', 'digits', 'trim']);
export const checkDigitSchema = z.enum(['luhn', 'ean13', 'mod11']);

export const textRulesSchema = z
  .object({
    normalize: normalizeSchema.default('trim'),
    pattern: z.string().min(1).max(textLimits.pattern).optional().describe('Regular expression the tidied value must match'),
    minLength: z.number().int().min(0).max(maxTypedCharacters).default(1),
    maxLength: z.number().int().min(1).max(maxTypedCharacters).default(64),
    checkDigit: checkDigitSchema.optional(),
  })
  .strict();
export type TextRules = z.infer<typeof textRulesSchema>;

const actionSchema = z.enum(flowActionNames).describe('What the host does when the customer goes on from this step');

const stepBase = {
  id: stepIdSchema,
  title: titleTextSchema,
  lead: bodyTextSchema.optional(),
  next: stepIdSchema.optional().describe('The step after this one; none ends the flow'),
  action: actionSchema.optional(),
};

const chooseStepSchema = z
  .object({
    ...stepBase,
    type: z.literal('choose'),
    field: fieldNameSchema,
    options: z
      .array(
        z
          .object({
            value: z.string().max(textLimits.id).regex(/^[a-zA-Z0-9][a-zA-Z0-9-]*$/, 'letters, digits and dashes'),
            label: titleTextSchema,
            hint: bodyTextSchema.optional(),
            next: stepIdSchema.optional().describe('Branch: where this choice leads (else the step’s next)'),
          })
          .strict(),
      )
      .min(2)
      .max(countLimits.optionsPerStep),
  })
  .strict();

const enterTextStepSchema = z
  .object({
    ...stepBase,
    type: z.literal('enterText'),
    field: fieldNameSchema,
    label: titleTextSchema,
    keyboard: z.enum(['alphanumeric', 'text', 'digits', 'phone', 'email']).default('alphanumeric'),
    example: z.string().max(64).optional(),
    optional: z.boolean().default(false),
    /** Personal: never shown back in full, never logged, wiped with the session. */
    personal: z.boolean().default(false),
    rules: textRulesSchema.default({ normalize: 'trim', minLength: 1, maxLength: 64 }),
  })
  .strict();

const scanStepSchema = z
  .object({
    ...stepBase,
    type: z.literal('scan'),
    field: fieldNameSchema,
    label: titleTextSchema,
    example: z.string().max(64).optional(),
    keyboard: z.enum(['alphanumeric', 'digits']).default('alphanumeric'),
    rules: textRulesSchema.default({ normalize: 'upperAlphanumeric', minLength: 1, maxLength: 64 }),
  })
  .strict();

const enterNumberStepSchema = z
  .object({
    ...stepBase,
    type: z.literal('enterNumber'),
    field: fieldNameSchema,
    label: titleTextSchema,
    unit: z.enum(['currency', 'count']).default('count'),
    currency: z.string().regex(/^[A-Z]{3}$/).optional(),
    min: z.number().min(0).max(maxAmount),
    max: z.number().min(0.01).max(maxAmount),
    decimals: z.number().int().min(0).max(2).default(0),
    presets: z.array(z.number().min(0.01).max(maxAmount)).max(countLimits.presetsPerStep).default([]),
  })
  .strict();

const reviewStepSchema = z
  .object({
    ...stepBase,
    type: z.literal('review'),
    show: z.array(fieldNameSchema).max(countLimits.fieldsPerFlow).default([]).describe('Fields the customer entered, shown back to check'),
    confirm: titleTextSchema,
  })
  .strict();

const printStepSchema = z
  .object({
    ...stepBase,
    type: z.literal('print'),
    document: z.enum(['receipt', 'ticket', 'slip']),
  })
  .strict();

const infoStepSchema = z
  .object({
    ...stepBase,
    type: z.literal('info'),
    body: bodyTextSchema.optional(),
    showFacts: z.boolean().default(true).describe('Show what the host answered (order found, ticket number…)'),
  })
  .strict();

export const flowStepSchema = z.discriminatedUnion('type', [
  chooseStepSchema,
  enterTextStepSchema,
  scanStepSchema,
  enterNumberStepSchema,
  reviewStepSchema,
  printStepSchema,
  infoStepSchema,
]);
export type FlowStep = z.infer<typeof flowStepSchema>;
export type FlowStepType = FlowStep['type'];
export type StepOf<T extends FlowStepType> = Extract<FlowStep, { type: T }>;
export const flowStepTypes = flowStepSchema.options.map((option) => option.shape.type.value);

const tutorialSchema = z
  .array(
    z
      .object({
        step: stepIdSchema,
        target: z.enum(['heading', 'input', 'keyboard', 'options', 'primary', 'back', 'help']),
        text: bodyTextSchema,
      })
      .strict(),
  )
  .max(countLimits.tutorialMarksPerFlow)
  .default([]);

export const flowSchema = z
  .object({
    id: z.string().max(textLimits.id).regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes'),
    icon: z.enum(['bag', 'return', 'bill', 'phone', 'ticket', 'comment', 'prescription', 'bank', 'card', 'calendar', 'info']).default('info'),
    title: titleTextSchema,
    summary: bodyTextSchema,
    benefit: bodyTextSchema.describe('What the customer gains by doing this here'),
    pilot: z.boolean().default(false).describe('Shown only in assisted mode or to the pilot share of sessions'),
    assistedOnly: z.boolean().default(false),
    practice: z
      .object({
        values: boundedRecord(
          fieldNameSchema,
          z.union([
            z.string().max(maxTypedCharacters).describe('The same in every language: a code, a number, a choice'),
            bodyTextSchema.describe('Words the customer would type, in each language'),
          ]),
          countLimits.fieldsPerFlow,
        ).default({}),
      })
      .strict()
      .default({ values: {} })
      .describe('Sample answers for the "try it first" practice run'),
    tutorial: tutorialSchema,
    steps: z.array(flowStepSchema).min(1).max(countLimits.stepsPerFlow),
  })
  .strict();
export type Flow = z.infer<typeof flowSchema>;
