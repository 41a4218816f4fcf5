import { ArrowLeftOutlined, SyncOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { canManage, useCurrentUser } from '../../api/session.ts';
import type { Participant, SyncResult } from '../../api/types.ts';
import { useSubmit } from '../../api/use-submit.ts';
import { Page } from '../../app/Page.tsx';
import { FullPageSpin, LoadError } from '../../app/StatusPages.tsx';
import { PhaseTag } from '../../shared/PhaseTag.tsx';
import { CampaignNav } from '../campaigns/CampaignNav.tsx';
import { campaignKeys, useCampaign, useParticipants } from '../campaigns/queries.ts';
import { S as CS } from '../campaigns/strings.ts';
import { ExcludeModal, ReinstateModal } from './ParticipantModals.tsx';
import { ParticipantsTable } from './ParticipantsTable.tsx';
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
  const sync = useSubmit(null, () => api.post<SyncResult>(`/api/campaigns/${campaignId}/participants/sync`), {
    invalidate: [campaignKeys.all],
    success: S.synced,
  });

  if (campaign.isPending) return <FullPageSpin />;
  if (campaign.isError) return <LoadError error={campaign.error} onRetry={() => void campaign.refetch()} />;
  const c = campaign.data;
  const canAct = canManage(me) && c.phase !== 'archived';
  const canSync = canManage(me) && (c.phase === 'setup' || c.phase === 'pledging');
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
      extra={
        <Link to="/campaigns">
          <Button icon={<ArrowLeftOutlined />}>{CS.back}</Button>
        </Link>
      }
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
              <Button icon={<SyncOutlined />} loading={sync.busy} onClick={() => void sync.submit(undefined)}>
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
            empty={canManage(me) ? S.emptyManage : S.empty}
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
