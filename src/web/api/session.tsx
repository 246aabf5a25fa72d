import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { answer, api, ApiError, setCsrfToken } from './client';
import { roleInWords } from './labels';
import type { Me, Partnership } from './types';
import { ErrorState, Loading } from '../components/states';

type Role = Me['memberships'][number]['role'];

interface Session {
  me: Me;
  partnerships: Partnership[];
  partnership: Partnership | null;
  setPartnership: (id: string) => void;
  role: Role | null;
  /** The role in words, as every page names it (`roleInWords`). */
  roleLabel: string;
  /** What the signed-in role may do in the current partnership, as the server's policy allows it. */
  can: { read: boolean; write: boolean; lead: boolean };
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}

const TEAM_READ: Role[] = ['admin', 'lead', 'analyst', 'observer'];
const TEAM_WRITE: Role[] = ['admin', 'lead', 'analyst'];
const TEAM_LEAD: Role[] = ['admin', 'lead'];

export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        const me = await answer(api.GET('/api/auth/me'));
        setCsrfToken(me.csrfToken);
        return me;
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });
}

export function SessionProvider({ me, children }: { me: Me; children: ReactNode }) {
  const client = useQueryClient();
  const partnerships = useQuery({ queryKey: ['partnerships'], queryFn: () => answer(api.GET('/api/partnerships')) });
  const [chosen, setChosen] = useState<string | null>(() => localStorage.getItem('warrant.partnership'));
  const list = partnerships.data ?? [];
  const partnership = list.find((p) => p.id === chosen) ?? list[0] ?? null;
  useEffect(() => {
    if (partnership) localStorage.setItem('warrant.partnership', partnership.id);
  }, [partnership]);
  const value = useMemo<Session>(() => {
    const membershipRole = me.memberships.find((m) => m.partnershipId === partnership?.id)?.role ?? null;
    const role = me.account.isAdmin ? 'admin' : membershipRole;
    return {
      me,
      partnerships: list,
      partnership,
      setPartnership: setChosen,
      role,
      roleLabel: roleInWords(membershipRole, me.account.isAdmin),
      can: {
        read: role !== null && TEAM_READ.includes(role),
        write: role !== null && TEAM_WRITE.includes(role),
        lead: role !== null && TEAM_LEAD.includes(role),
      },
      signOut: async () => {
        await answer(api.POST('/api/auth/sign-out'));
        client.clear();
        await client.invalidateQueries({ queryKey: ['me'] });
      },
    };
  }, [me, list, partnership, client]);
  if (partnerships.isPending) return <Loading what="your partnerships" />;
  if (partnerships.isError) return <ErrorState error={partnerships.error} />;
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
