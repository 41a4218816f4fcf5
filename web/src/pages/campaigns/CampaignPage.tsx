import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { Link, useParams } from 'react-router';
import { canManage, useCurrentUser } from '../../api/session.ts';
import { Page } from '../../app/Page.tsx';
import { FullPageSpin, LoadError } from '../../app/StatusPages.tsx';
import { PhaseTag } from '../../shared/PhaseTag.tsx';
import { CampaignNav } from './CampaignNav.tsx';
import { ConfigForm } from './ConfigForm.tsx';
import { PhaseBar } from './PhaseBar.tsx';
import { useCampaign } from './queries.ts';
import { S } from './strings.ts';

export function CampaignPage() {
  const { campaignId = '' } = useParams();
  const me = useCurrentUser();
  const manage = canManage(me);
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
      extra={
        <Link to="/campaigns">
          <Button icon={<ArrowLeftOutlined />}>{S.back}</Button>
        </Link>
      }
    >
      <Flex vertical gap={16}>
        <CampaignNav campaignId={c.id} current="settings" />
        <PhaseBar campaign={c} manage={manage} />
        <ConfigForm campaign={c} manage={manage} />
      </Flex>
    </Page>
  );
}
