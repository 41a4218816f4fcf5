import { Alert, Flex } from 'antd';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { YearPage } from '../../shared/YearPage.tsx';
import { CommendationCard } from './CommendationCard.tsx';
import { PayCard } from './PayCard.tsx';
import { useCommendation, usePay } from './queries.ts';
import { S } from './strings.ts';

const SHOWN = ['sanctions', 'archived'];

/** 绩效工资和评选表彰 of a year whose results are confirmed (in 奖惩, or archived: read only). */
export function RewardsPage() {
  return (
    <YearPage title={S.title} labels={S} shows={(c) => SHOWN.includes(c.phase)}>
      {(campaign) => <YearRewards campaignId={campaign.id} />}
    </YearPage>
  );
}

function YearRewards({ campaignId }: { campaignId: string }) {
  const pay = usePay(campaignId);
  const commendation = useCommendation(campaignId);
  if (pay.isPending || commendation.isPending) return <FullPageSpin />;
  if (pay.isError) return <LoadError error={pay.error} onRetry={() => void pay.refetch()} />;
  if (commendation.isError)
    return <LoadError error={commendation.error} onRetry={() => void commendation.refetch()} />;
  if (!pay.data.available) return <Alert type="info" showIcon title={pay.data.notice} />;
  return (
    <Flex vertical gap={16}>
      <PayCard pay={pay.data} />
      <CommendationCard commendation={commendation.data} />
    </Flex>
  );
}
