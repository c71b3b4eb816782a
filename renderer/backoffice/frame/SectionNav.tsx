// The three sections, as links in the header band: the one showing is marked as the current page.
import { useTranslation } from 'react-i18next';
import { sections, type Section } from './sections.ts';
import './section-nav.css';

export function SectionNav({ current }: { current: Section }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('backoffice.sections.label')}>
      <ul className="section-nav__list">
        {sections.map((section) => (
          <li key={section}>
            <a className="section-nav__link" href={`#${section}`} aria-current={section === current ? 'page' : undefined}>
              {t(`backoffice.sections.${section}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
