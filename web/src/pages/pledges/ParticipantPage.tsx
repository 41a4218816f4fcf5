import { ArrowLeftOutlined, GlobalOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Grid,
  Input,
  Row,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PHASE_LABELS } from '../../../../server/domain/phases.ts';
import { keys } from '../../api/query-keys.ts';
import { useCurrentUser } from '../../api/session.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { OpinionsCard } from './OpinionsCard.tsx';
import { PledgeCard } from './PledgeCard.tsx';
import { PledgeFormModal } from './PledgeFormModal.tsx';
import { publicPageUrl, useChecklist, useSetDetail, withdrawPledge } from './queries.ts';
import { SetActions } from './SetActions.tsx';
import { SetEvents } from './SetEvents.tsx';
import { SetSteps } from './SetSteps.tsx';
import { S } from './strings.ts';
import type { Pledge, SetDetail } from './types.ts';
import { ZoneContext } from './zone.ts';

function Summary({ detail }: { detail: SetDetail }) {
  const { participant, campaign, set, pledges, required } = detail;
  const confirmed = pledges.filter((p) => p.status === 'confirmed').length;
  const enough = confirmed >= required;
  return (
    <Card size="small">
      <Flex vertical gap={16}>
        <SetSteps status={set?.status ?? null} />
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            { key: 'v', label: S.set.village, children: participant.villageName },
            { key: 'r', label: S.set.role, children: participant.roleLabel },
            {
              key: 'c',
              label: S.set.status,
              children: (
                <Flex gap={8} wrap>
                  <Tag color={set?.status === 'approved' ? 'success' : 'processing'} data-testid="set-status">
                    {set?.statusLabel ?? S.overview.notStarted}
                  </Tag>
                  <Tag color={enough ? 'success' : 'warning'} data-testid="confirmed-count">
                    {S.set.confirmedCount(confirmed, required)}
                  </Tag>
                </Flex>
              ),
            },
            { key: 'd', label: S.set.deadline, children: campaign.commitmentDeadline },
          ]}
        />
        <Typography.Text type="secondary">{S.set.requiredHint(required)}</Typography.Text>
      </Flex>
    </Card>
  );
}

function Notices({ detail }: { detail: SetDetail }) {
  const { campaign, participant, set } = detail;
  return (
    <>
      {campaign.phase !== 'pledging' && (
        <Alert type="info" showIcon title={S.notInPhase(PHASE_LABELS[campaign.phase])} />
      )}
      {participant.excluded && (
        <Alert type="error" showIcon title={S.set.excluded(participant.excludedReason)} />
      )}
      {set?.townshipComment && (
        <Alert
          type={set.status === 'returned' ? 'warning' : 'success'}
          showIcon
          title={`${S.set.townshipComment}：${set.townshipComment}`}
        />
      )}
      {set?.minimumOverrideReason && (
        <Alert type="info" showIcon title={S.set.minimumOverride(set.minimumOverrideReason)} />
      )}
    </>
  );
}

/** Flagged pairs that involve this participant's pledges: the cadre should revise before the township looks. */
function OverlapNotice({ detail }: { detail: SetDetail }) {
  const { campaign, participant } = detail;
  const checklist = useChecklist(campaign.id, participant.villageId);
  const mine = (checklist.data?.pairs ?? []).filter(
    (p) => p.blocking && (p.a.participantId === participant.id || p.b.participantId === participant.id),
  );
  if (mine.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="overlap-notice"
      title={S.set.overlapTitle(mine.length)}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {mine.map((p) => {
            const [own, other] = p.a.participantId === participant.id ? [p.a, p.b] : [p.b, p.a];
            return (
              <li key={`${p.a.id}-${p.b.id}`}>
                {S.set.overlapLine(own.title, other.ownerName, other.title)}
              </li>
            );
          })}
        </ul>
      }
      action={
        <Link to={`/pledging/campaigns/${campaign.id}/villages/${participant.villageId}`}>
          <Button size="small">{S.set.toVillage}</Button>
        </Link>
      }
    />
  );
}

function useWithdraw() {
  const { modal, message } = App.useApp();
  const { submit } = useAppMutation({
    mutationFn: (v: { id: string; reason: string }) => withdrawPledge(v.id, v.reason),
    success: S.pledge.withdrawDone,
    invalidate: [keys.pledging.all],
  });
  return (p: Pledge) => {
    let reason = '';
    modal.confirm({
      title: S.pledge.withdrawTitle,
      content: (
        <Input.TextArea
          aria-label={S.pledge.withdrawReason}
          placeholder={S.pledge.withdrawReason}
          maxLength={500}
          onChange={(e) => {
            reason = e.target.value;
          }}
        />
      ),
      okText: S.pledge.withdraw,
      cancelText: S.pledge.cancel,
      onOk: () => {
        if (!reason.trim()) {
          message.error(S.pledge.required(S.pledge.withdrawReason));
          return Promise.reject(new Error('reason required'));
        }
        return submit({ id: p.id, reason: reason.trim() });
      },
    });
  };
}

function PledgeList({ detail }: { detail: SetDetail }) {
  const [editing, setEditing] = useState<Pledge | null>(null);
  const [adding, setAdding] = useState(false);
  const withdraw = useWithdraw();
  const mayDraft = detail.participant.allowedActions.includes('draft');
  const visible = detail.pledges;
  return (
    <Flex vertical gap={12}>
      {mayDraft && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setAdding(true)}
          style={{ alignSelf: 'start' }}
        >
          {S.pledge.add}
        </Button>
      )}
      {visible.length === 0 && (
        <Card size="small">
          <Empty description={mayDraft ? S.set.empty : S.set.emptyReadOnly} />
        </Card>
      )}
      {visible.map((p, i) => (
        <PledgeCard
          key={p.id}
          pledge={p}
          index={i + 1}
          onEdit={() => setEditing(p)}
          onWithdraw={() => withdraw(p)}
        />
      ))}
      <PledgeFormModal
        open={adding || editing !== null}
        onClose={() => {
          setAdding(false);
          setEditing(null);
        }}
        participantId={detail.participant.id}
        categories={detail.categories}
        year={detail.campaign.year}
        editing={editing}
      />
    </Flex>
  );
}

/** 我的承诺 / 村干部承诺: one participant's set through the whole pledging phase. */
export function ParticipantPage() {
  const { participantId = '' } = useParams();
  const me = useCurrentUser();
  // On a phone the next step comes before the pledges, not below them.
  const isPhone = !Grid.useBreakpoint().lg;
  const query = useSetDetail(participantId);
  if (query.isPending) return <FullPageSpin />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const detail = query.data;
  const { participant, campaign } = detail;
  const actions = <SetActions detail={detail} />;
  const villageUrl = `/pledging/campaigns/${campaign.id}/villages/${participant.villageId}`;
  return (
    <ZoneContext.Provider value={detail.timeZone}>
      <Page
        title={S.set.title(participant.name, campaign.year)}
        extra={
          <>
            <Link to={villageUrl}>
              <Button icon={me.villageId ? <UnorderedListOutlined /> : <ArrowLeftOutlined />}>
                {S.set.toVillage}
              </Button>
            </Link>
            <Button icon={<GlobalOutlined />} href={publicPageUrl(participant.villageId)} target="_blank">
              {S.set.publicLink}
            </Button>
          </>
        }
      >
        <Flex vertical gap={16}>
          <Notices detail={detail} />
          <OverlapNotice detail={detail} />
          <Summary detail={detail} />
          {isPhone && actions}
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={14}>
              <PledgeList detail={detail} />
            </Col>
            <Col xs={24} lg={10}>
              <Flex vertical gap={16}>
                {!isPhone && actions}
                <OpinionsCard set={detail.set} opinions={detail.opinions} pledges={detail.pledges} />
                <SetEvents events={detail.events} />
              </Flex>
            </Col>
          </Row>
        </Flex>
      </Page>
    </ZoneContext.Provider>
  );
}
