// Reads what a test needs of a PDF Chromium printed: how many pages, and how big, without a PDF library.

/** The pages of a PDF as its page tree counts them (the root's count is the largest). */
export function pageCount(pdf: Uint8Array): number {
  const counts = [...Buffer.from(pdf).toString('latin1').matchAll(/\/Count (\d+)/g)].map((match) => Number(match[1]));
  return Math.max(0, ...counts);
}

/** Every page size the PDF uses, in whole points. */
export function pageSizes(pdf: Uint8Array): [number, number][] {
  const boxes = [...Buffer.from(pdf).toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((match) => `${Math.round(Number(match[1]))}x${Math.round(Number(match[2]))}`);
  return [...new Set(boxes)].map((box) => box.split('x').map(Number) as [number, number]);
}
