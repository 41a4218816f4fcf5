import { Button, Empty } from 'antd';
import { Link, Navigate } from 'react-router';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useCampaigns } from '../campaigns/queries.ts';
import { S } from './strings.ts';

/** The menu's 承诺主体: the participants of the latest campaign in the user's township. */
export function LatestParticipants() {
  const campaigns = useCampaigns();
  if (campaigns.isPending) return <FullPageSpin />;
  if (campaigns.isError)
    return <LoadError error={campaigns.error} onRetry={() => void campaigns.refetch()} />;
  const latest = [...campaigns.data].sort((a, b) => b.year - a.year)[0];
  if (latest) return <Navigate to={`/campaigns/${latest.id}/participants`} replace />;
  return (
    <Page title={S.title}>
      <Empty description={S.noCampaignText}>
        <Link to="/campaigns">
          <Button type="primary">{S.toCampaigns}</Button>
        </Link>
      </Empty>
    </Page>
  );
}
