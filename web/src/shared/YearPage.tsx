import { Empty, Flex, Select } from 'antd';
import { Fragment, type ReactNode, useState } from 'react';
import type { CampaignSummary } from '../api/types.ts';
import { useCampaigns } from '../pages/campaigns/queries.ts';
import { Page } from './Page.tsx';
import { FullPageSpin, LoadError } from './StatusPages.tsx';

export type YearPageProps = {
  title: string;
  /** The page's words: the year picker's label, an option's text, and what shows when no year fits. */
  labels: {
    year: string;
    yearOption: (townshipName: string, year: number, phaseLabel: string) => string;
    noYears: string;
  };
  /** Which of the caller's years the page is about. */
  shows: (campaign: CampaignSummary) => boolean;
  /** The year chosen before the user picks one (from the shown years, newest first); the newest by default. */
  initial?: (years: CampaignSummary[]) => CampaignSummary | undefined;
  /** Buttons for the chosen year, beside the picker in the header. */
  actions?: (campaign: CampaignSummary) => ReactNode;
  children: (campaign: CampaignSummary) => ReactNode;
};

/**
 * A page about one year at a time: loads the caller's years, keeps the ones it shows newest first, and
 * gives a year picker in the header; the body is drawn for the chosen year (remounted when it changes).
 */
export function YearPage({ title, labels, shows, initial, actions, children }: YearPageProps) {
  const campaigns = useCampaigns();
  const [chosen, setChosen] = useState<string | undefined>();
  const years = [...(campaigns.data ?? [])]
    .filter(shows)
    .sort((a, b) => b.year - a.year || a.townshipName.localeCompare(b.townshipName));
  const campaign = years.find((c) => c.id === chosen) ?? (initial ? initial(years) : years[0]);
  if (campaigns.isPending) return <FullPageSpin />;
  if (campaigns.isError)
    return <LoadError error={campaigns.error} onRetry={() => void campaigns.refetch()} />;
  return (
    <Page
      title={title}
      extra={
        campaign && (
          <Flex gap={8} wrap align="center">
            <Select
              aria-label={labels.year}
              value={campaign.id}
              onChange={setChosen}
              options={years.map((c) => ({
                value: c.id,
                label: labels.yearOption(c.townshipName, c.year, c.phaseLabel),
              }))}
              style={{ minWidth: 220, maxWidth: '100%' }}
            />
            {actions && <Fragment key={campaign.id}>{actions(campaign)}</Fragment>}
          </Flex>
        )
      }
    >
      {campaign ? (
        <Fragment key={campaign.id}>{children(campaign)}</Fragment>
      ) : (
        <Empty description={labels.noYears} />
      )}
    </Page>
  );
}
