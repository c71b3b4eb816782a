// How large large text must be: EN 301 549 (5.1.4, closed functionality) asks for capital letters
// of at least 0.7 degrees of visual angle at the viewing distance the maker states; Atiende states
// 50 cm, a seated or standing customer at arm's length. Plain arithmetic over the screen's size.

const capAngleDegrees = 0.7;
const viewingDistanceMm = 500;
const mmPerInch = 25.4;

/**
 * The share of the kiosk's type size its smallest text uses (the on-screen keyboard's word keys and
 * the rating scale's labels, 0.75em): large text sizes the root so that even these meet the angle.
 */
export const smallestTextScale = 0.75;

/** Cap height in mm that subtends `angleDegrees` at `distanceMm`: 2·d·tan(θ/2), about 6.11 mm at 50 cm. */
export function requiredCapHeightMm(distanceMm = viewingDistanceMm, angleDegrees = capAngleDegrees): number {
  return 2 * distanceMm * Math.tan(((angleDegrees / 2) * Math.PI) / 180);
}

/**
 * CSS pixels per millimetre on a panel of `diagonalInches` showing `screen` (its whole size in CSS
 * pixels, as window.screen gives it, device pixel ratio already applied). Square pixels assumed.
 */
export function cssPixelsPerMm(screen: { width: number; height: number }, diagonalInches: number): number {
  return Math.hypot(screen.width, screen.height) / (diagonalInches * mmPerInch);
}

/** The font size (CSS px) whose capitals are `capHeightMm` high, for a font whose capitals are `capRatio` of its size. */
export function fontSizeForCapHeight(capHeightMm: number, pixelsPerMm: number, capRatio: number): number {
  return (capHeightMm * pixelsPerMm) / capRatio;
}

/**
 * The root font size (CSS px) of large text on this screen: the smallest text (`smallestTextScale`
 * of it) still has capitals of the required angle.
 */
export function largeTextRootPx(screen: { width: number; height: number }, diagonalInches: number, capRatio: number): number {
  return fontSizeForCapHeight(requiredCapHeightMm(), cssPixelsPerMm(screen, diagonalInches), capRatio) / smallestTextScale;
}
