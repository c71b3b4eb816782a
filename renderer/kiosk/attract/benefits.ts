// The benefits of self-service the attract loop cycles through, as the seeds ask: say why.
export const benefits = ['noQueue', 'ownPace', 'ownLanguage', 'privacy'] as const;
export type Benefit = (typeof benefits)[number];

/** Long enough to read a short sentence twice at a calm pace. */
export const benefitIntervalMs = 6000;

export function nextBenefit(current: number): number {
  return (current + 1) % benefits.length;
}
