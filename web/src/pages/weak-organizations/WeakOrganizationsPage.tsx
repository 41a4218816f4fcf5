import { Empty, Select } from 'antd';
import { useState } from 'react';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useCampaigns } from '../campaigns/queries.ts';
import { S } from './strings.ts';
import { WeakOrganizationsCard } from './WeakOrganizationsCard.tsx';

/** Years whose results can list villages: 奖惩 and archived years (rectification outlives the year). */
const SHOWN = ['evaluation', 'sanctions', 'archived'];

/** 软弱涣散村级组织整顿: the chosen year's listed villages and the villages its results point to. */
export function WeakOrganizationsPage() {
  const campaigns = useCampaigns();
  const years = [...(campaigns.data ?? [])]
    .filter((c) => SHOWN.includes(c.phase))
    .sort((a, b) => b.year - a.year || a.townshipName.localeCompare(b.townshipName));
  const [chosen, setChosen] = useState<string | undefined>();
  // The newest year that has results confirmed is usually the one being rectified: sanctions or archived.
  const campaignId = chosen ?? (years.find((c) => c.phase !== 'evaluation') ?? years[0])?.id;
  if (campaigns.isPending) return <FullPageSpin />;
  if (campaigns.isError)
    return <LoadError error={campaigns.error} onRetry={() => void campaigns.refetch()} />;
  return (
    <Page
      title={S.title}
      extra={
        years.length > 0 && (
          <Select
            aria-label={S.year}
            value={campaignId}
            onChange={setChosen}
            options={years.map((c) => ({ value: c.id, label: S.yearOption(c.townshipName, c.year) }))}
            style={{ minWidth: 180 }}
          />
        )
      }
    >
      {campaignId ? (
        <WeakOrganizationsCard key={campaignId} campaignId={campaignId} />
      ) : (
        <Empty description={S.noYears} />
      )}
    </Page>
  );
}
