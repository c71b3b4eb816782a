// The store config's `printer` section: how to reach the ticket printer, its paper and code page,
// and the link a ticket's QR code opens to follow it.
import { z } from 'zod';
import { textLimits } from './limits.ts';

/**
 * Code pages the layout can print in, each listed at its number in Epson's ESC t table, which the
 * common clones (Xprinter, POS-5890…) share for these entries.
 */
export const printerCodePages = ['cp437', 'cp850', 'cp852', 'cp858', 'cp860', 'cp863', 'cp865', 'cp866', 'windows1252'] as const;
export type PrinterCodePage = (typeof printerCodePages)[number];

const placeholders = ['ticket', 'store'] as const;
type Placeholder = (typeof placeholders)[number];

/**
 * The link to follow a ticket: `template` with `{ticket}` and `{store}` filled in, each
 * URL-encoded; none when the store configured no template.
 */
export function followUrl(template: string | undefined, ticket: string, store: string): string | undefined {
  if (template === undefined) return undefined;
  const values: Record<Placeholder, string> = { ticket, store };
  const filled = template.replace(/\{(ticket|store)\}/g, (_, name: Placeholder) => encodeURIComponent(values[name]));
  // URL normalises what the template itself holds (a non-ASCII path, an IDN host) to plain ASCII.
  return new URL(filled).href;
}

function templateProblem(template: string): string | undefined {
  if (!template.includes('{ticket}')) return 'a link containing {ticket}, where the ticket number goes';
  const unknown = [...template.matchAll(/\{([^}]*)\}/g)].find((match) => !placeholders.includes(match[1] as Placeholder));
  if (unknown) return `only the placeholders {ticket} and {store} (found ${unknown[0]})`;
  let url: URL;
  try {
    url = new URL(followUrl(template, 'A001', 'store') ?? '');
  } catch {
    return 'a full link such as https://example.com/ticket/{ticket}';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'a link starting with https:// or http://';
  return undefined;
}

const followUrlTemplateSchema = z
  .string()
  .trim()
  // Kept short so the QR code stays small enough to scan from a narrow roll.
  .max(300)
  .superRefine((template, ctx) => {
    const problem = templateProblem(template);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe('Link printed as a QR code to follow the ticket, e.g. https://turnos.example.com/{store}/{ticket}; no QR code without it');

const timeoutMsSchema = z
  .number()
  .int()
  .min(100)
  .max(30_000)
  .default(2000)
  .describe(
    'Milliseconds to wait for the printer at each step (connecting, each status reply, taking the ticket); a USB printer that never answers status costs this on every ticket',
  );

const paperAndText = {
  charactersPerLine: z
    .number()
    .int()
    .min(24)
    .max(64)
    .default(42)
    .describe('Characters per line in the normal font: 42 (or 48) on 80 mm paper, 32 on 58 mm'),
  codePage: z
    .enum(printerCodePages)
    .default('cp850')
    .describe('Character table the printer prints text in; cp850 holds Spanish and French, windows1252 also dashes and œ'),
  followUrlTemplate: followUrlTemplateSchema.optional(),
};

const networkPrinterSchema = z
  .object({
    kind: z.literal('network').describe('A printer on the store network, reached by raw TCP'),
    host: z.string().trim().min(1).max(textLimits.hostName).describe('The printer’s IP address or host name'),
    port: z.number().int().min(1).max(65_535).default(9100).describe('Its raw printing port; 9100 on nearly every printer'),
    timeoutMs: timeoutMsSchema,
    ...paperAndText,
  })
  .strict();

const devicePrinterSchema = z
  .object({
    kind: z.literal('device').describe('A printer attached to the kiosk, written through its device file'),
    path: z.string().trim().max(textLimits.path).regex(/^\//, 'an absolute path such as /dev/usb/lp0').describe('The device file, e.g. /dev/usb/lp0'),
    timeoutMs: timeoutMsSchema,
    ...paperAndText,
  })
  .strict();

export const printerConfigSchema = z
  .discriminatedUnion('kind', [networkPrinterSchema, devicePrinterSchema])
  .describe('The ticket printer; without it tickets are shown on screen only');

export type PrinterConfig = z.infer<typeof printerConfigSchema>;
