import { Link } from 'react-router';
import { hasPermission, useCurrentUser } from '../../api/session.ts';
import { historyPath } from './queries.ts';

/**
 * A cadre's name, linked to their 履职档案 for the roles that read histories (sanctions.read: the
 * office, the county, leaders); plain text for everyone else. The server still checks each person.
 */
export function PersonLink({ personId, name }: { personId: string; name: string }) {
  const me = useCurrentUser();
  if (!hasPermission(me, 'sanctions.read')) return <>{name}</>;
  return (
    <Link to={historyPath(personId)} data-testid="history-link">
      {name}
    </Link>
  );
}
