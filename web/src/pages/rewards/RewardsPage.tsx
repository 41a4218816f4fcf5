import { Alert, Empty, Flex, Select } from 'antd';
import { useState } from 'react';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useCampaigns } from '../campaigns/queries.ts';
import { CommendationCard } from './CommendationCard.tsx';
import { PayCard } from './PayCard.tsx';
import { useCommendation, usePay } from './queries.ts';
import { S } from './strings.ts';

const SHOWN = ['sanctions', 'archived'];

/** 绩效工资和评选表彰 of a year whose results are confirmed (in 奖惩, or archived: read only). */
export function RewardsPage() {
  const campaigns = useCampaigns();
  const years = [...(campaigns.data ?? [])]
    .filter((c) => SHOWN.includes(c.phase))
    .sort((a, b) => b.year - a.year);
  const [chosen, setChosen] = useState<string | undefined>();
  const campaignId = chosen ?? years[0]?.id;
  const pay = usePay(campaignId);
  const commendation = useCommendation(campaignId);
  if (campaigns.isPending) return <FullPageSpin />;
  if (campaigns.isError)
    return <LoadError error={campaigns.error} onRetry={() => void campaigns.refetch()} />;
  if (!campaignId)
    return (
      <Page title={S.title}>
        <Empty description={S.noCampaign} />
      </Page>
    );
  if (pay.isPending || commendation.isPending) return <FullPageSpin />;
  if (pay.isError) return <LoadError error={pay.error} onRetry={() => void pay.refetch()} />;
  if (commendation.isError)
    return <LoadError error={commendation.error} onRetry={() => void commendation.refetch()} />;
  return (
    <Page
      title={S.title}
      extra={
        <Select
          aria-label={S.campaign}
          value={campaignId}
          onChange={setChosen}
          options={years.map((c) => ({ value: c.id, label: `${c.townshipName} ${S.year(c.year)}` }))}
          style={{ minWidth: 180 }}
        />
      }
    >
      {pay.data.available ? (
        <Flex vertical gap={16}>
          <PayCard key={`pay-${campaignId}`} pay={pay.data} />
          <CommendationCard key={`commend-${campaignId}`} commendation={commendation.data} />
        </Flex>
      ) : (
        <Alert type="info" showIcon title={pay.data.notice} />
      )}
    </Page>
  );
}
