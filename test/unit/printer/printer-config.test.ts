import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPath } from '../../../electron/host/config/load-store-config.ts';
import { followUrl, printerConfigSchema } from '../../../shared/config/printer-config.ts';

// The section as the store config will hold it, so paths read as an operator sees them.
const storeWithPrinter = z.object({ printer: printerConfigSchema.optional() });

function firstProblem(printer: unknown) {
  const parsed = storeWithPrinter.safeParse({ printer });
  if (parsed.success) throw new Error('expected the printer section to be refused');
  const issue = parsed.error.issues[0];
  return { path: formatPath(issue?.path ?? []), message: issue?.message ?? '' };
}

describe('the printer config', () => {
  it('fills in the raw printing port, timeout, paper width and code page', () => {
    expect(printerConfigSchema.parse({ kind: 'network', host: '192.168.1.50' })).toEqual({
      kind: 'network',
      host: '192.168.1.50',
      port: 9100,
      timeoutMs: 2000,
      charactersPerLine: 42,
      codePage: 'cp850',
    });
  });

  it('accepts a device file printer on 58 mm paper with a follow link', () => {
    const printer = { kind: 'device', path: '/dev/usb/lp0', charactersPerLine: 32, followUrlTemplate: 'https://turnos.example.com/{store}/{ticket}' };
    expect(printerConfigSchema.parse(printer)).toMatchObject(printer);
  });

  it('is optional: a kiosk without a printer shows tickets on screen', () => {
    expect(storeWithPrinter.parse({})).toEqual({});
  });

  it('refuses a network printer without a host, naming the field', () => {
    expect(firstProblem({ kind: 'network', port: 9100 })).toMatchObject({ path: 'printer.host' });
  });

  it('refuses a follow link without {ticket}, naming the field and the placeholder', () => {
    expect(firstProblem({ kind: 'device', path: '/dev/usb/lp0', followUrlTemplate: 'https://turnos.example.com/{store}' })).toEqual({
      path: 'printer.followUrlTemplate',
      message: expect.stringContaining('{ticket}'),
    });
  });

  it('refuses a follow link that is not http or https', () => {
    expect(firstProblem({ kind: 'device', path: '/dev/usb/lp0', followUrlTemplate: 'ftp://example.com/{ticket}' })).toEqual({
      path: 'printer.followUrlTemplate',
      message: expect.stringContaining('https://'),
    });
  });

  it('refuses a placeholder it cannot fill', () => {
    expect(firstProblem({ kind: 'device', path: '/dev/usb/lp0', followUrlTemplate: 'https://x.example/{tiket}/{ticket}' })).toEqual({
      path: 'printer.followUrlTemplate',
      message: expect.stringContaining('{tiket}'),
    });
  });

  it('refuses a relative device path and an unknown kind of printer', () => {
    expect(firstProblem({ kind: 'device', path: 'usb/lp0' })).toMatchObject({ path: 'printer.path', message: expect.stringContaining('absolute') });
    expect(firstProblem({ kind: 'bluetooth', path: '/dev/rfcomm0' })).toMatchObject({ path: 'printer.kind' });
  });

  it('refuses a misspelt field instead of ignoring it', () => {
    expect(firstProblem({ kind: 'network', host: 'printer.local', prot: 9101 })).toMatchObject({ path: 'printer' });
  });
});

describe('the follow link', () => {
  it('fills and URL-encodes the ticket and store placeholders', () => {
    expect(followUrl('https://turnos.example.com/{store}/t/{ticket}?from=kiosk', 'A 012/b', 'plaza mayor')).toBe(
      'https://turnos.example.com/plaza%20mayor/t/A%20012%2Fb?from=kiosk',
    );
  });

  it('fills every occurrence of a placeholder', () => {
    expect(followUrl('https://x.example/{ticket}?again={ticket}', 'A012', 's')).toBe('https://x.example/A012?again=A012');
  });

  it('turns what the template holds beyond ASCII into a link any QR reader opens', () => {
    expect(followUrl('https://turnos.example.com/atención/{ticket}', 'A012', 's')).toBe('https://turnos.example.com/atenci%C3%B3n/A012');
  });

  it('is absent when the store configured no template', () => {
    expect(followUrl(undefined, 'A012', 'store')).toBeUndefined();
  });
});
