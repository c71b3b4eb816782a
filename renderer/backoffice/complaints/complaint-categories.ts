// The store's own names for its complaint categories: the choices of the complaint flow's step
// that asks what a complaint is about (the field the `complaint.file` action reads).
import type { LocalizedText } from '../../../shared/config/localized-text.ts';
import type { KioskProfile } from '../../../shared/host-api/contract.ts';

const categoryField = 'complaintCategory';

export function complaintCategories(profile: Pick<KioskProfile, 'flows'>): Record<string, LocalizedText> {
  const names: Record<string, LocalizedText> = {};
  for (const flow of profile.flows) {
    for (const step of flow.steps) {
      if (step.type !== 'choose' || step.field !== categoryField) continue;
      for (const option of step.options) names[option.value] ??= option.label;
    }
  }
  return names;
}
