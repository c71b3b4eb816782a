// What the host answered (the order found, the ticket number, the amount due), each fact under
// its translated label and in the customer's language and number format.
import { useTranslation } from 'react-i18next';
import type { Fact } from '../../../shared/flows/flow-actions.ts';
import { useText } from '../use-text.ts';
import { useFormatAmount, useFormatDate } from './use-format.ts';
import './fact-list.css';

export function FactList({ facts, emphasis }: { facts: readonly Fact[]; emphasis?: Fact['id'] }) {
  const { t } = useTranslation();
  const text = useText();
  const amount = useFormatAmount();
  const date = useFormatDate();
  if (facts.length === 0) return null;

  function valueOf(fact: Fact): string {
    if (fact.kind === 'sample') return t(`practice.sample.${String(fact.value)}`);
    if (typeof fact.value === 'object') return text(fact.value);
    if (fact.kind === 'money') return amount(String(fact.value), fact.currency);
    if (fact.kind === 'date') return date(String(fact.value));
    if (fact.kind === 'count' && fact.id === 'itemCount') return t('facts.itemCountValue', { count: Number(fact.value) });
    if (fact.kind === 'count' && fact.id === 'contactKeptDays') return t('facts.days', { count: Number(fact.value) });
    return String(fact.value);
  }

  return (
    <dl className="fact-list" data-tutorial="facts">
      {facts.map((fact) => (
        <div key={fact.id} className={fact.id === emphasis ? 'fact-list__row fact-list__row--emphasis' : 'fact-list__row'}>
          <dt>{t(`facts.${fact.id}`)}</dt>
          <dd className={fact.kind === 'code' ? 'fact-list__code' : undefined} dir={fact.kind === 'code' ? 'ltr' : undefined}>
            {valueOf(fact)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
