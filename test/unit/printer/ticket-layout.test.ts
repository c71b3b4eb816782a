import { describe, expect, it } from 'vitest';
import { layoutTicket, wrap, type TicketPaper } from '../../../electron/host/devices/printer/ticket-layout.ts';
import { decodeEscPos, printedTexts, printedTicketFixture, ticketLabels } from '../../fixtures/escpos-printer.ts';

const wideRoll: TicketPaper = { charactersPerLine: 42, codePage: 'windows1252' };
const narrowRoll: TicketPaper = { charactersPerLine: 32, codePage: 'cp850' };

function lineWith(text: string, receipt: ReturnType<typeof decodeEscPos>) {
  return receipt.lines.find((line) => line.text === text);
}

describe('the ticket layout', () => {
  it('prints store, number, service, time, the wait as a range and a QR code to follow the ticket', () => {
    const receipt = decodeEscPos(layoutTicket(printedTicketFixture(), wideRoll));
    expect(printedTexts(receipt)).toEqual([
      'Óptica Peñalver',
      'Su turno',
      'A012',
      'Atención al cliente',
      'Hora: 10:05',
      'Espera estimada',
      '12–20 min',
      'Siga su turno en el móvil',
    ]);
    expect(receipt.qrCodes).toEqual([{ payload: 'https://turnos.example.com/test-store/A012', model: 2, moduleSize: 6, errorCorrection: 'M' }]);
    expect(receipt.cuts).toEqual(['partial']);
    expect(receipt.codePages).toEqual([16]);
  });

  it('prints the number in large type and the range in double size, everything centred', () => {
    const receipt = decodeEscPos(layoutTicket(printedTicketFixture(), wideRoll));
    expect(lineWith('A012', receipt)).toMatchObject({ width: 4, height: 4 });
    expect(lineWith('12–20 min', receipt)).toMatchObject({ width: 2, height: 2 });
    expect(lineWith('Atención al cliente', receipt)).toMatchObject({ width: 1, height: 1, bold: true });
    expect(receipt.lines.filter((line) => line.text !== '').every((line) => line.align === 'center')).toBe(true);
  });

  it('prints no QR code when the store set no follow link', () => {
    const receipt = decodeEscPos(layoutTicket(printedTicketFixture({ followUrl: undefined }), wideRoll));
    expect(receipt.qrCodes).toEqual([]);
    expect(printedTexts(receipt)).not.toContain('Siga su turno en el móvil');
    expect(receipt.cuts).toEqual(['partial']);
  });

  it('keeps Spanish accents in code page 850, at the bytes that page gives them', () => {
    const bytes = layoutTicket(printedTicketFixture({ serviceName: 'Atención ñandú' }), narrowRoll);
    // In CP850 ó is 0xA2, ñ 0xA4 and ú 0xA3 (IBM's table), whatever the encoder library says.
    expect(Buffer.from(bytes).includes(Buffer.from([0x41, 0x74, 0x65, 0x6e, 0x63, 0x69, 0xa2, 0x6e, 0x20, 0xa4, 0x61, 0x6e, 0x64, 0xa3]))).toBe(true);
    expect(printedTexts(decodeEscPos(bytes))).toContain('Atención ñandú');
  });

  it('prints a plain dash for the range where the code page has no en dash', () => {
    const receipt = decodeEscPos(layoutTicket(printedTicketFixture(), narrowRoll));
    expect(receipt.codePages).toEqual([2]);
    expect(printedTexts(receipt)).toContain('12-20 min');
  });

  it('prints French with its accents, œ spelt out and a plain apostrophe in code page 850', () => {
    const ticket = printedTicketFixture({ language: 'fr', labels: ticketLabels.fr, serviceName: 'Accueil et réclamations', estimate: { nowServing: true } });
    const texts = printedTexts(decodeEscPos(layoutTicket(ticket, narrowRoll)));
    expect(texts).toContain('Accueil et réclamations');
    expect(texts).toContain('Heure : 10:05');
    expect(texts).toContain("C'est bientôt à vous");
    expect(texts.join(' ')).toContain('sur votre téléphone, soeur comprise');
  });

  it('prints an Arabic ticket with the store’s default-language texts and Western digits', () => {
    const fallback = { language: 'es' as const, serviceName: 'Atención al cliente', labels: ticketLabels.es };
    const ticket = printedTicketFixture({ language: 'ar', labels: ticketLabels.ar, serviceName: 'خدمة العملاء', fallback });
    const texts = printedTexts(decodeEscPos(layoutTicket(ticket, wideRoll)));
    expect(texts).toEqual(printedTexts(decodeEscPos(layoutTicket(printedTicketFixture(), wideRoll))));
  });

  it('prints an Arabic ticket without a fallback as number, time and range only, never question marks', () => {
    const ticket = printedTicketFixture({ language: 'ar', labels: ticketLabels.ar, serviceName: 'خدمة العملاء' });
    const texts = printedTexts(decodeEscPos(layoutTicket(ticket, wideRoll)));
    expect(texts).toEqual(['Óptica Peñalver', 'A012', '10:05', '12–20']);
  });

  it('says so when the wait cannot be estimated or the customer is next', () => {
    const unsure = printedTexts(decodeEscPos(layoutTicket(printedTicketFixture({ estimate: { unsure: true } }), wideRoll)));
    expect(unsure).toContain('Aún no podemos estimar la espera');
    expect(unsure).not.toContain('Espera estimada');
    const next = printedTexts(decodeEscPos(layoutTicket(printedTicketFixture({ estimate: { nowServing: true } }), wideRoll)));
    expect(next).toContain('Le atendemos enseguida');
  });

  it('prints one number when the range has closed, and the range low to high', () => {
    const single = printedTexts(decodeEscPos(layoutTicket(printedTicketFixture({ estimate: { lowMinutes: 5, highMinutes: 5 } }), wideRoll)));
    expect(single).toContain('5 min');
    const reversed = printedTexts(decodeEscPos(layoutTicket(printedTicketFixture({ estimate: { lowMinutes: 20, highMinutes: 12 } }), wideRoll)));
    expect(reversed).toContain('12–20 min');
  });

  it('prints the time where the store is, in the customer’s language', () => {
    const ticket = printedTicketFixture({ language: 'en', labels: { ...ticketLabels.es, issuedAt: 'Time:' }, timeZone: 'Atlantic/Canary' });
    expect(printedTexts(decodeEscPos(layoutTicket(ticket, wideRoll)))).toContain('Time: 09:05 AM');
  });

  it('wraps long texts to the roll, counting double-size characters twice', () => {
    const serviceName = 'Asesoramiento sobre hipotecas, préstamos personales y seguros de hogar';
    const receipt = decodeEscPos(layoutTicket(printedTicketFixture({ serviceName, estimate: { lowMinutes: 100, highMinutes: 12_000 } }), narrowRoll));
    for (const line of receipt.lines) expect(line.text.length * line.width).toBeLessThanOrEqual(32);
    expect(printedTexts(receipt).join(' ')).toContain(serviceName);
  });
});

describe('wrapping', () => {
  it('breaks at spaces and splits a word longer than the line', () => {
    expect(wrap('Atención al cliente', 10)).toEqual(['Atención', 'al cliente']);
    expect(wrap('Electrodomésticos', 8)).toEqual(['Electrod', 'oméstico', 's']);
    expect(wrap('', 10)).toEqual(['']);
  });
});
