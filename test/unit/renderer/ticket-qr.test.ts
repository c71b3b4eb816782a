import jsQR from 'jsqr';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TicketQr } from '../../../renderer/kiosk/queue/TicketQr.tsx';

/** Reads the QR code back the way a phone would: the SVG's modules painted as pixels, then scanned. */
function scan(markup: string): string | null {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(markup)?.[1]);
  const path = /<path d="([^"]+)"/.exec(markup)?.[1] ?? '';
  const scale = 8;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy += 1) {
      for (let dx = 0; dx < scale; dx += 1) {
        const offset = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        pixels.fill(0, offset, offset + 3);
      }
    }
  }
  return jsQR(pixels, width, width)?.data ?? null;
}

describe('the on-screen ticket QR code', () => {
  it('scans back to the ticket’s follow link', () => {
    const url = 'https://turnos.example.com/demo-centro/A012';
    const markup = renderToStaticMarkup(createElement(TicketQr, { url, label: 'Follow ticket A012' }));
    expect(markup).toContain('role="img"');
    expect(markup).toContain('aria-label="Follow ticket A012"');
    expect(scan(markup)).toBe(url);
  });

  it('keeps a long link scannable', () => {
    const url = `https://turnos.example.com/${'tienda-'.repeat(20)}/B104?lang=ar&from=kiosk`;
    expect(scan(renderToStaticMarkup(createElement(TicketQr, { url, label: 'x' })))).toBe(url);
  });
});
