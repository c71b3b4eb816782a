// A ticket's follow link as a QR code, drawn as one SVG path: crisp at any size, no image, no script.
// qrcode-generator (MIT, no dependencies) does the encoding; we only draw its modules.
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** Four modules of light border: the quiet zone scanners need. */
const quietZone = 4;

export function TicketQr({ url, label }: { url: string; label: string }) {
  const { size, path } = useMemo(() => {
    // Level M survives a scratched screen protector and keeps a short URL at a low version.
    const code = qrcode(0, 'M');
    code.addData(url);
    code.make();
    const count = code.getModuleCount();
    let drawn = '';
    for (let row = 0; row < count; row += 1) {
      for (let column = 0; column < count; column += 1) {
        if (code.isDark(row, column)) drawn += `M${column + quietZone} ${row + quietZone}h1v1h-1z`;
      }
    }
    return { size: count + quietZone * 2, path: drawn };
  }, [url]);
  return (
    <svg viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
