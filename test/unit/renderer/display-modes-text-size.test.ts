// Large text's size from the screen's size: capitals of 0.7 degrees at 50 cm, in CSS pixels.
import { describe, expect, it } from 'vitest';
import { cssPixelsPerMm, fontSizeForCapHeight, largeTextRootPx, requiredCapHeightMm, smallestTextScale } from '../../../renderer/kiosk/accessibility/text-size.ts';

describe('large text size', () => {
  it('asks for capitals about 6.11 mm high at 50 cm', () => {
    expect(requiredCapHeightMm()).toBeCloseTo(6.109, 3);
    // Twice as far, twice as high.
    expect(requiredCapHeightMm(1000)).toBeCloseTo(2 * requiredCapHeightMm(), 6);
  });

  it('finds the pixels per millimetre of a 32-inch full HD panel whichever way it is turned', () => {
    // 2203 px along a 812.8 mm diagonal.
    expect(cssPixelsPerMm({ width: 1080, height: 1920 }, 32)).toBeCloseTo(2.7105, 3);
    expect(cssPixelsPerMm({ width: 1920, height: 1080 }, 32)).toBeCloseTo(cssPixelsPerMm({ width: 1080, height: 1920 }, 32), 9);
  });

  it('needs a larger font on a smaller screen of the same pixels', () => {
    const on32 = largeTextRootPx({ width: 1080, height: 1920 }, 32, 0.73);
    const on15 = largeTextRootPx({ width: 1080, height: 1920 }, 15.6, 0.73);
    expect(on15 / on32).toBeCloseTo(32 / 15.6, 6);
  });

  it('sizes the root so the smallest text still has capitals of the angle', () => {
    const pixelsPerMm = cssPixelsPerMm({ width: 1080, height: 1920 }, 32);
    const root = largeTextRootPx({ width: 1080, height: 1920 }, 32, 0.73);
    const smallestCapPx = root * smallestTextScale * 0.73;
    expect(smallestCapPx / pixelsPerMm).toBeCloseTo(requiredCapHeightMm(), 6);
    // 16.6 px capitals: a 22.7 px font for DejaVu Sans's 0.73, so a 30.2 px root.
    expect(fontSizeForCapHeight(requiredCapHeightMm(), pixelsPerMm, 0.73)).toBeCloseTo(22.68, 1);
    expect(root).toBeCloseTo(30.24, 1);
  });
});
