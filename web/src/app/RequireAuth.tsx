import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { hasPermission, type Permission, useCurrentUser, useMe } from '../api/session.ts';
import { Forbidden, FullPageSpin, LoadError } from '../shared/StatusPages.tsx';

/** Renders the app only for a signed-in user; anyone else goes to the login page and comes back after. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <FullPageSpin />;
  if (me.isError) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const back = location.pathname + location.search;
    return <Navigate to={`/login${back === '/' ? '' : `?next=${encodeURIComponent(back)}`}`} replace />;
  }
  if (me.data.mustChangePassword && location.pathname !== '/password')
    return <Navigate to="/password" replace />;
  return children;
}

/** Pages that need a permission the server sent with the user; the server refuses the data anyway. */
export function RequirePermission({ permission }: { permission: Permission }) {
  const me = useCurrentUser();
  return hasPermission(me, permission) ? <Outlet /> : <Forbidden />;
}
