// The staff side of a store config: where the staff file is, how long sign-ins last, the kiosk's
// hidden gesture, and the store-network listener that serves the console and remote boards.
import { z } from 'zod';
import { textLimits } from './limits.ts';

const ipv4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const ipv6 = /^[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*$/;

export const staffConfigSchema = z
  .object({
    file: z.string().min(1).max(textLimits.path).describe('The staff file (npm run staff -- add|reset|remove|list manages it), relative to this config'),
    consoleIdleMinutes: z.number().int().min(1).max(720).default(30).describe('Minutes without activity before a console sign-in expires'),
    kioskIdleMinutes: z.number().int().min(1).max(60).default(3).describe('Minutes without activity before staff at the kiosk are signed out'),
    kioskGesture: z
      .object({
        corner: z.enum(['topStart', 'topEnd', 'bottomStart', 'bottomEnd']).default('topEnd'),
        holdSeconds: z.number().min(2).max(10).default(3).describe('How long the corner must be held: longer than any customer touch'),
      })
      .strict()
      .default({ corner: 'topEnd', holdSeconds: 3 })
      .describe('The hidden gesture that opens staff sign-in at the kiosk: a long press in one corner'),
  })
  .strict();
export type StaffConfig = z.infer<typeof staffConfigSchema>;

export const networkConfigSchema = z
  .object({
    address: z
      .string()
      // The longest IPv6 address written out, with an IPv4 tail, is 45 characters.
      .max(45)
      .refine((address) => ipv4.test(address) || ipv6.test(address), 'an IP address, e.g. 0.0.0.0 or 192.168.1.20')
      .default('127.0.0.1')
      .describe('The address the console, back office and remote boards reach; off loopback it needs a certificate'),
    port: z.number().int().min(0).max(65535).default(8443).describe('The port; 0 picks a free one (tests)'),
    certificate: z.string().min(1).max(textLimits.path).optional().describe('TLS certificate (PEM), relative to this config: npm run certificate -- --host ADDRESS --out DIR makes one for a trial'),
    key: z.string().min(1).max(textLimits.path).optional().describe('TLS private key (PEM), relative to this config'),
    boardKey: z
      .string()
      .regex(/^[A-Za-z0-9_-]{24,128}$/, 'at least 24 letters, digits, dashes or underscores')
      .optional()
      .describe('Opens the waiting board on any screen of the store network: /?view=board#code=…'),
  })
  .strict()
  .superRefine((network, ctx) => {
    if ((network.certificate === undefined) !== (network.key === undefined)) {
      ctx.addIssue({ code: 'custom', path: [network.certificate === undefined ? 'certificate' : 'key'], message: 'a certificate and its key, or neither' });
    }
  });
export type NetworkConfig = z.infer<typeof networkConfigSchema>;

/** Loopback addresses: the only ones plain HTTP may listen on. */
export function isLoopback(address: string): boolean {
  return address === '::1' || /^127\./.test(address);
}
