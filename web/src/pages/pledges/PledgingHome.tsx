import { Empty } from 'antd';
import { Navigate } from 'react-router';
import { type Me, useCurrentUser } from '../../api/session.ts';
import type { CampaignSummary, Participant } from '../../api/types.ts';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useCampaigns, useParticipants } from '../campaigns/queries.ts';
import { S } from './strings.ts';

/** The campaign the pledging pages open on: one in its 承诺 phase, else the newest. */
export function currentCampaign(list: CampaignSummary[]): CampaignSummary | undefined {
  const byYear = [...list].sort((a, b) => b.year - a.year);
  return byYear.find((c) => c.phase === 'pledging') ?? byYear[0];
}

/** The cadre's own participant: the one of the person the account speaks for (none for other accounts). */
export function ownParticipant(me: Me, list: Participant[]): Participant | undefined {
  if (!me.personId) return undefined;
  const mine = list.filter((p) => p.villageId === me.villageId && me.personId === p.personId);
  return mine.length === 1 ? mine[0] : undefined;
}

function VillageLanding({ me, campaign }: { me: Me; campaign: CampaignSummary }) {
  const participants = useParticipants(campaign.id);
  if (participants.isPending) return <FullPageSpin />;
  if (participants.isError)
    return <LoadError error={participants.error} onRetry={() => void participants.refetch()} />;
  const own = ownParticipant(me, participants.data);
  if (own) return <Navigate to={`/pledging/participants/${own.id}`} replace />;
  return <Navigate to={`/pledging/campaigns/${campaign.id}/villages/${me.villageId}`} replace />;
}

/** 我的承诺 / 村干部承诺 / 承诺审批: sends each role to its page of the current campaign. */
export function PledgingHome() {
  const me = useCurrentUser();
  const campaigns = useCampaigns();
  if (campaigns.isPending) return <FullPageSpin />;
  if (campaigns.isError)
    return <LoadError error={campaigns.error} onRetry={() => void campaigns.refetch()} />;
  const campaign = currentCampaign(campaigns.data);
  if (!campaign)
    return (
      <Page title={S.menu.viewer}>
        <Empty description={S.noCampaign} />
      </Page>
    );
  if (me.villageId) return <VillageLanding me={me} campaign={campaign} />;
  return <Navigate to={`/pledging/campaigns/${campaign.id}`} replace />;
}
