// The back office's sections and which one shows: the address's fragment says it (#complaints), so
// a reload stays where the manager was and the browser's Back goes to the section before.
import { useEffect, useState } from 'react';

export const sections = ['reports', 'complaints', 'audit'] as const;
export type Section = (typeof sections)[number];

function sectionOf(hash: string): Section {
  const named = hash.replace(/^#/, '');
  return (sections as readonly string[]).includes(named) ? (named as Section) : 'reports';
}

export function useSection(): Section {
  const [section, setSection] = useState(() => sectionOf(window.location.hash));
  useEffect(() => {
    const follow = () => setSection(sectionOf(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return section;
}
