import { SyncOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { keys } from '../../api/query-keys.ts';
import { hasPermission, useCurrentUser } from '../../api/session.ts';
import type { Participant } from '../../api/types.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { BackLink } from '../../shared/BackLink.tsx';
import { Page } from '../../shared/Page.tsx';
import { PhaseTag } from '../../shared/PhaseTag.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { CampaignNav } from '../campaigns/CampaignNav.tsx';
import { useCampaign, useParticipants } from '../campaigns/queries.ts';
import { S as CS } from '../campaigns/strings.ts';
import { ExcludeModal, ReinstateModal } from './ParticipantModals.tsx';
import { ParticipantsTable } from './ParticipantsTable.tsx';
import { syncParticipants } from './queries.ts';
import { S } from './strings.ts';

const matches = (p: Participant, text: string) =>
  !text || p.name.includes(text) || p.villageName.includes(text);

export function ParticipantsPage() {
  const { campaignId = '' } = useParams();
  const me = useCurrentUser();
  const campaign = useCampaign(campaignId);
  const participants = useParticipants(campaignId);
  const [search, setSearch] = useState('');
  const [excluding, setExcluding] = useState<Participant | null>(null);
  const [reinstating, setReinstating] = useState<Participant | null>(null);
  const sync = useAppMutation({
    mutationFn: () => syncParticipants(campaignId),
    success: S.synced,
    invalidate: [keys.campaigns.all],
  });

  if (campaign.isPending) return <FullPageSpin />;
  if (campaign.isError) return <LoadError error={campaign.error} onRetry={() => void campaign.refetch()} />;
  const c = campaign.data;
  const manage = hasPermission(me, 'campaign.write');
  const canAct = manage && c.phase !== 'archived';
  const canSync = manage && (c.phase === 'setup' || c.phase === 'pledging');
  const all = participants.data ?? [];
  const rows = all.filter((p) => matches(p, search.trim()));
  const excluded = all.filter((p) => p.excluded).length;

  return (
    <Page
      title={
        <>
          {CS.yearTitle(c.year)} <PhaseTag phase={c.phase} label={c.phaseLabel} />
        </>
      }
      extra={<BackLink to="/campaigns">{CS.back}</BackLink>}
    >
      <Flex vertical gap={12}>
        <CampaignNav campaignId={c.id} current="participants" />
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {S.intro}
        </Typography.Paragraph>
        <Flex gap={8} wrap align="center" justify="space-between">
          <Input.Search
            allowClear
            placeholder={S.search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ maxWidth: 260 }}
          />
          {canSync && (
            <Tooltip title={S.syncHint}>
              <Button icon={<SyncOutlined />} loading={sync.isPending} onClick={() => void sync.submit()}>
                {S.sync}
              </Button>
            </Tooltip>
          )}
        </Flex>
        {all.length > 0 && <Typography.Text>{S.summary(all.length, excluded)}</Typography.Text>}
        {participants.isError ? (
          <LoadError error={participants.error} onRetry={() => void participants.refetch()} />
        ) : (
          <ParticipantsTable
            rows={rows}
            loading={participants.isPending}
            canAct={canAct}
            empty={manage ? S.emptyManage : S.empty}
            onExclude={setExcluding}
            onReinstate={setReinstating}
          />
        )}
      </Flex>
      <ExcludeModal participant={excluding} year={c.year} onClose={() => setExcluding(null)} />
      <ReinstateModal participant={reinstating} onClose={() => setReinstating(null)} />
    </Page>
  );
}
