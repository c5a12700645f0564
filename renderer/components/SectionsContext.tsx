import { createContext, useContext, type ReactNode } from 'react';
import type { Section } from '../domain.ts';

const SectionsContext = createContext<readonly Section[]>([]);

/** The sections the signed-in person may open (given by the app's frame), for pages that name other sections. */
export function SectionsProvider({ sections, children }: { sections: readonly Section[]; children: ReactNode }) {
  return <SectionsContext.Provider value={sections}>{children}</SectionsContext.Provider>;
}

export function useSections(): readonly Section[] {
  return useContext(SectionsContext);
}
