import { useEffect, useState } from 'react';

/**
 * State that survives leaving the page and coming back in this window (e.g. to a printout and
 * back): filters chosen for a list are still there. Kept in sessionStorage, so it ends with the
 * window and is never shared with another sign-in's window.
 */
export function usePageState<T>(key: string, initial: T): [T, (update: T | ((previous: T) => T)) => void] {
  const storageKey = `retention-desk.page.${key}`;
  const [value, setValue] = useState<T>(() => {
    const stored = sessionStorage.getItem(storageKey);
    if (stored === null) return initial;
    try {
      return JSON.parse(stored) as T;
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    sessionStorage.setItem(storageKey, JSON.stringify(value));
  }, [storageKey, value]);
  return [value, setValue];
}
