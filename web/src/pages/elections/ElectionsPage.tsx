import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { YearPage } from '../../shared/YearPage.tsx';
import { ElectionCard } from './ElectionCard.tsx';
import { CreateElectionModal } from './ElectionModals.tsx';
import { useElections } from './queries.ts';
import { S } from './strings.ts';

/** 换届选举竞聘演讲与公开承诺: the chosen year's elections, candidates, speeches and pledges. */
export function ElectionsPage() {
  return (
    // A year in 筹备 is not public yet (the boards show the latest year past it); an archived one is sealed.
    <YearPage title={S.title} labels={S} shows={(c) => c.phase !== 'setup' && c.phase !== 'archived'}>
      {(campaign) => <YearElections campaignId={campaign.id} />}
    </YearPage>
  );
}

function YearElections({ campaignId }: { campaignId: string }) {
  const query = useElections(campaignId);
  const [creating, setCreating] = useState(false);
  if (query.isPending) return <FullPageSpin />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const v = query.data;
  return (
    <Flex vertical gap={16}>
      <Alert type="info" showIcon message={S.intro} />
      {v.canCreate && v.villages.length > 0 && (
        <div>
          <Button type="primary" onClick={() => setCreating(true)}>
            {S.create}
          </Button>
        </div>
      )}
      {v.elections.length === 0 ? (
        <Typography.Text type="secondary">{S.none}</Typography.Text>
      ) : (
        v.elections.map((e) => (
          <ElectionCard key={e.id} campaignId={campaignId} election={e} categories={v.categories} />
        ))
      )}
      <CreateElectionModal
        open={creating}
        campaignId={campaignId}
        villages={v.villages}
        onClose={() => setCreating(false)}
      />
    </Flex>
  );
}
