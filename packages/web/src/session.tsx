/**
 * Who is signed in, for every page: loaded once from /api/auth/me, updated on sign in
 * and sign out. `can` asks the same permission functions the server enforces
 * (@polos/core/permissions), so the app only offers what the server will accept.
 */
import { permissions } from '@polos/core/permissions';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { getMe, sendJson, setCsrfToken, type Schemas } from './api-client';

type User = Schemas['User'];

export interface Session {
  /** `undefined` while loading, `null` when nobody is signed in. */
  user: User | null | undefined;
  signIn(email: string, password: string): Promise<User>;
  signOut(): Promise<void>;
  /** Reads /api/auth/me again (after a change of one's own account). */
  refresh(): Promise<void>;
  can: typeof permissions;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);

  const refresh = useCallback(async () => {
    try {
      const me = await getMe();
      setCsrfToken(me.csrfToken);
      setUser(me.user);
    } catch {
      setCsrfToken(null);
      setUser(null);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value = useMemo<Session>(
    () => ({
      user,
      refresh,
      can: permissions,
      async signIn(email, password) {
        const answer = await sendJson<{ user: User; csrfToken: string }>('POST', '/api/auth/login', {
          email,
          password,
        });
        setCsrfToken(answer.csrfToken);
        setUser(answer.user);
        return answer.user;
      },
      async signOut() {
        try {
          await sendJson('POST', '/api/auth/logout');
        } finally {
          setCsrfToken(null);
          setUser(null);
        }
      },
    }),
    [user, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside <SessionProvider>');
  return session;
}
