import { Empty, Select } from 'antd';
import { Fragment, type ReactNode, useState } from 'react';
import type { CampaignSummary } from '../api/types.ts';
import { useCampaigns } from '../pages/campaigns/queries.ts';
import { Page } from './Page.tsx';
import { FullPageSpin, LoadError } from './StatusPages.tsx';

export type YearPageProps = {
  title: string;
  /** The page's words: the year picker's label, an option's text, and what shows when no year fits. */
  labels: { year: string; yearOption: (townshipName: string, year: number) => string; noYears: string };
  /** Which of the caller's years the page is about. */
  shows: (campaign: CampaignSummary) => boolean;
  /** The year chosen before the user picks one (from the shown years, newest first); the newest by default. */
  initial?: (years: CampaignSummary[]) => CampaignSummary | undefined;
  children: (campaignId: string) => ReactNode;
};

/**
 * A page about one year at a time: loads the caller's years, keeps the ones it shows newest first, and
 * gives a year picker in the header; the body is drawn for the chosen year (remounted when it changes).
 */
export function YearPage({ title, labels, shows, initial, children }: YearPageProps) {
  const campaigns = useCampaigns();
  const [chosen, setChosen] = useState<string | undefined>();
  const years = [...(campaigns.data ?? [])]
    .filter(shows)
    .sort((a, b) => b.year - a.year || a.townshipName.localeCompare(b.townshipName));
  const campaignId = chosen ?? (initial ? initial(years) : years[0])?.id;
  if (campaigns.isPending) return <FullPageSpin />;
  if (campaigns.isError)
    return <LoadError error={campaigns.error} onRetry={() => void campaigns.refetch()} />;
  return (
    <Page
      title={title}
      extra={
        years.length > 0 && (
          <Select
            aria-label={labels.year}
            value={campaignId}
            onChange={setChosen}
            options={years.map((c) => ({ value: c.id, label: labels.yearOption(c.townshipName, c.year) }))}
            style={{ minWidth: 180 }}
          />
        )
      }
    >
      {campaignId ? (
        <Fragment key={campaignId}>{children(campaignId)}</Fragment>
      ) : (
        <Empty description={labels.noYears} />
      )}
    </Page>
  );
}
