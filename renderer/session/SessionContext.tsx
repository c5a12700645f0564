import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import type { SessionView } from '../../shared/accounts/contract.ts';
import { call } from '../api/client.ts';

const SessionContext = createContext<SessionView | null>(null);

export const SESSION_KEY = ['session.get', {}] as const;

export function SessionProvider({ session, children }: { session: SessionView; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The signed-in window's session as the main process last reported it. */
export function useSession(): SessionView {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/**
 * Replaces the cached session with what an auth call returned (no extra round trip). When the
 * person changes (sign-in, sign-out), everything cached for the previous one is dropped: the next
 * person must not see it, and it may be out of date anyway.
 */
export function useSetSession() {
  const client = useQueryClient();
  return (session: SessionView) => {
    const previous = client.getQueryData<SessionView>(SESSION_KEY);
    client.setQueryData(SESSION_KEY, session);
    if (previous?.user?.id !== session.user?.id) {
      // The previous person's notices ("저장했습니다") are not the next person's.
      notifications.clean();
      // The next person starts with the lists' default filters, not the previous one's.
      for (const key of Object.keys(sessionStorage)) if (key.startsWith('retention-desk.page.')) sessionStorage.removeItem(key);
      // After the pages of the previous person have unmounted: removing a query a mounted page
      // still watches would make it ask again, now refused, and fill the access log with noise.
      setTimeout(() => client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] }), 0);
    }
  };
}

const TOUCH_EVERY_MS = 60_000;

/**
 * Tells the main process the window is in use (keys, clicks, scrolling), at most once a minute,
 * so that typing a long form does not count as idle. The main process decides about the lock.
 */
export function useActivityHeartbeat(enabled: boolean): void {
  const lastTouch = useRef(0);
  useEffect(() => {
    if (!enabled) return undefined;
    const onActivity = () => {
      const now = Date.now();
      if (now - lastTouch.current < TOUCH_EVERY_MS) return;
      lastTouch.current = now;
      call('session.touch', {}).catch(() => {
        // A LOCKED answer is handled by the session poll; nothing to do here.
      });
    };
    const events = ['keydown', 'mousedown', 'wheel', 'touchstart'] as const;
    for (const name of events) window.addEventListener(name, onActivity, { passive: true });
    return () => {
      for (const name of events) window.removeEventListener(name, onActivity);
    };
  }, [enabled]);
}
