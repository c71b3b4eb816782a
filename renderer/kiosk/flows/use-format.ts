// Formats amounts and dates in the customer's language (1.234,50 € in Spanish, €1,234.50 in English).
import { useTranslation } from 'react-i18next';

export function useFormatAmount(): (amount: string, currency?: string) => string {
  const { i18n } = useTranslation();
  return (amount, currency) => {
    const number = Number(amount);
    if (!Number.isFinite(number)) return amount;
    const decimals = amount.includes('.') ? 2 : 0;
    return new Intl.NumberFormat(i18n.language, {
      ...(currency ? { style: 'currency', currency } : {}),
      minimumFractionDigits: decimals,
      maximumFractionDigits: 2,
    }).format(number);
  };
}

export function useFormatDate(): (isoDate: string) => string {
  const { i18n } = useTranslation();
  return (isoDate) => {
    const date = new Date(`${isoDate}T12:00:00`);
    return Number.isNaN(date.getTime()) ? isoDate : new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(date);
  };
}
