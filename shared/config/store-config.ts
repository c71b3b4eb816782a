// The store config schema: one validated file describes a store's services, languages and timing.
import { z } from 'zod';
import { languageSchema, pseudoLanguage, type Language } from '../i18n/languages.ts';

/** A text a customer reads, given once per enabled language. */
export const localizedTextSchema = z
  .partialRecord(languageSchema, z.string().trim().min(1))
  .describe('A text per language code, e.g. { "es": "Recoger pedido", "en": "Collect an order" }');
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const slugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes');

const orderPickupFlowSchema = z
  .object({
    type: z.literal('orderPickup'),
    codePattern: z
      .string()
      .min(1)
      .describe('Regular expression an order code must match, e.g. ^[A-Z0-9]{6}$')
      .default('^[A-Z0-9]{6}$'),
    codeExample: z.string().min(1).describe('A sample code shown as a hint and used in practice runs'),
  })
  .strict();

export const serviceSchema = z
  .object({
    id: slugSchema,
    title: localizedTextSchema,
    summary: localizedTextSchema,
    flow: orderPickupFlowSchema,
  })
  .strict();
export type Service = z.infer<typeof serviceSchema>;

export const storeConfigSchema = z
  .object({
    $schema: z.string().optional(),
    store: z
      .object({
        id: slugSchema,
        name: z.string().trim().min(1),
      })
      .strict(),
    languages: z
      .object({
        enabled: z.array(languageSchema).min(1),
        default: languageSchema,
      })
      .strict(),
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
    displays: z
      .object({
        waitingBoard: z.boolean().default(true).describe('Open the waiting board on a second display'),
      })
      .strict()
      .default({ waitingBoard: true }),
    orders: z
      .object({
        file: z.string().min(1).describe('Orders ready for pickup: a JSON file, relative to this config'),
      })
      .strict(),
    services: z.array(serviceSchema).min(1),
  })
  .strict()
  .superRefine((config, ctx) => {
    if (!config.languages.enabled.includes(config.languages.default)) {
      ctx.addIssue({
        code: 'custom',
        path: ['languages', 'default'],
        message: `one of the enabled languages (${config.languages.enabled.join(', ')})`,
      });
    }
    config.services.forEach((service, index) => {
      for (const field of ['title', 'summary'] as const) {
        for (const language of missingLanguages(service[field], config.languages.enabled)) {
          ctx.addIssue({
            code: 'custom',
            path: ['services', index, field, language],
            message: `a text in ${language}, an enabled language`,
          });
        }
      }
    });
  });

export type StoreConfig = z.infer<typeof storeConfigSchema>;

/** Pseudo-English is never asked for: the kiosk makes it from the English text. */
function missingLanguages(text: LocalizedText, enabled: readonly Language[]): Language[] {
  return enabled.filter((language) => language !== pseudoLanguage && !text[language]);
}
