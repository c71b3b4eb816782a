// Which service-quality dimension a session's second feedback question asks about: a draw fixed
// by the session id, so questions rotate across customers and reports cover all five.
import { qualityDimensionSchema, type QualityDimension } from '../../../shared/usage/events.ts';

const qualityDimensions: readonly QualityDimension[] = qualityDimensionSchema.options;

export function dimensionForSession(sessionId: string): QualityDimension {
  let hash = 0;
  for (const character of sessionId) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return qualityDimensions[hash % qualityDimensions.length] ?? 'reliability';
}
