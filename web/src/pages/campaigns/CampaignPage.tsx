import { Flex } from 'antd';
import { useParams } from 'react-router';
import { hasPermission, useCurrentUser } from '../../api/session.ts';
import { BackLink } from '../../shared/BackLink.tsx';
import { Page } from '../../shared/Page.tsx';
import { PhaseTag } from '../../shared/PhaseTag.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { ArchivePackage } from './ArchivePackage.tsx';
import { CampaignNav } from './CampaignNav.tsx';
import { ConfigForm } from './ConfigForm.tsx';
import { PhaseBar } from './PhaseBar.tsx';
import { useCampaign } from './queries.ts';
import { S } from './strings.ts';

export function CampaignPage() {
  const { campaignId = '' } = useParams();
  const me = useCurrentUser();
  const manage = hasPermission(me, 'campaign.write');
  const campaign = useCampaign(campaignId);
  if (campaign.isPending) return <FullPageSpin />;
  if (campaign.isError) return <LoadError error={campaign.error} onRetry={() => void campaign.refetch()} />;
  const c = campaign.data;
  return (
    <Page
      title={
        <>
          {S.yearTitle(c.year)} <PhaseTag phase={c.phase} label={c.phaseLabel} />
        </>
      }
      extra={<BackLink to="/campaigns">{S.back}</BackLink>}
    >
      <Flex vertical gap={16}>
        <CampaignNav campaignId={c.id} current="settings" />
        <PhaseBar campaign={c} manage={manage} />
        {c.phase === 'archived' && <ArchivePackage campaignId={c.id} />}
        <ConfigForm campaign={c} manage={manage} />
      </Flex>
    </Page>
  );
}
