// The series colours: told apart by people with the common colour-vision deficiencies (the first
// four are Okabe and Ito's, darkened), each at least 3:1 against white as WCAG asks of graphics.
const seriesColours = ['#0b5d57', '#b35900', '#2f5fa7', '#a23b72', '#5f6b66', '#7a6a00', '#6b4fa0', '#8e1b12'] as const;

export function seriesColour(index: number): string {
  return seriesColours[index % seriesColours.length] ?? '#0b5d57';
}
