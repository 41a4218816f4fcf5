import { ArrowLeftOutlined, GlobalOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, QRCode, Row, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PHASE_LABELS } from '../../../../server/domain/phases.ts';
import { useCurrentUser } from '../../api/session.ts';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useCampaign } from '../campaigns/queries.ts';
import { type ChecklistActions, ChecklistCard } from './ChecklistCard.tsx';
import { OverlapPairs } from './OverlapPairs.tsx';
import {
  approveSet,
  overrideMinimum,
  overrideOverlap,
  publicPageUrl,
  returnSet,
  useChecklist,
} from './queries.ts';
import { ReasonModal, type ReasonRequest } from './ReasonModal.tsx';
import { S } from './strings.ts';
import type { OverlapPair } from './types.ts';

const C = S.checklist;

function PublicLink({ villageId }: { villageId: string }) {
  const url = `${window.location.origin}${publicPageUrl(villageId)}`;
  return (
    <Flex gap={12} align="center" wrap>
      <QRCode value={url} size={96} bordered={false} />
      <Flex vertical gap={4}>
        <Typography.Text type="secondary">{C.qrHint}</Typography.Text>
        <Button icon={<GlobalOutlined />} href={publicPageUrl(villageId)} target="_blank">
          {S.set.publicLink}
        </Button>
      </Flex>
    </Flex>
  );
}

function useOfficeActions(setRequest: (r: ReasonRequest) => void) {
  const actions: ChecklistActions = {
    approve: (p) =>
      setRequest({
        title: C.approveTitle(p.name),
        label: C.comment,
        okText: C.approve,
        required: false,
        hint: C.approveHint,
        success: C.approved,
        run: (comment) => approveSet(p.setId ?? '', comment || undefined),
      }),
    giveBack: (p) =>
      setRequest({
        title: C.returnTitle(p.name),
        label: C.returnComment,
        okText: C.return,
        required: true,
        success: C.returnedDone,
        run: (comment) => returnSet(p.setId ?? '', comment),
      }),
    minimum: (p) =>
      setRequest({
        title: C.minimumTitle(p.name),
        label: C.reason,
        okText: C.minimumOverride,
        required: true,
        placeholder: C.reasonPlaceholder,
        success: C.overrideSaved,
        run: (reason) => overrideMinimum(p.setId ?? '', reason),
      }),
  };
  const pair = (x: OverlapPair) =>
    setRequest({
      title: C.overridePairTitle,
      label: C.reason,
      okText: C.overridePair,
      required: true,
      hint: (
        <>
          {x.a.ownerName}：{x.a.title}
          <br />
          {x.b.ownerName}：{x.b.title}
        </>
      ),
      placeholder: C.pairReasonPlaceholder,
      success: C.overrideSaved,
      run: (reason) => overrideOverlap({ aPledgeId: x.a.id, bPledgeId: x.b.id, reason }),
    });
  return { actions, pair };
}

/** 本村检查清单: each participant's checks, the flagged pairs, and the office's decisions. */
export function VillageChecklistPage() {
  const { campaignId = '', villageId = '' } = useParams();
  const me = useCurrentUser();
  const campaign = useCampaign(campaignId);
  const query = useChecklist(campaignId, villageId);
  const [request, setRequest] = useState<ReasonRequest | null>(null);
  const { actions, pair } = useOfficeActions(setRequest);
  if (query.isPending) return <FullPageSpin />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const list = query.data;
  const year = campaign.data?.year ?? 0;
  return (
    <Page
      title={C.title(list.village.name, year)}
      extra={
        !me.villageId && (
          <Link to={`/pledging/campaigns/${campaignId}`}>
            <Button icon={<ArrowLeftOutlined />}>{S.overview.title(year)}</Button>
          </Link>
        )
      }
    >
      <Flex vertical gap={16}>
        {campaign.data && campaign.data.phase !== 'pledging' && (
          <Alert type="info" showIcon title={S.notInPhase(PHASE_LABELS[campaign.data.phase])} />
        )}
        <Row gutter={[16, 16]} align="middle">
          <Col xs={24} md={16}>
            <Alert
              type="info"
              showIcon
              title={C.intro}
              description={S.overview.deadline(list.commitmentDeadline)}
            />
          </Col>
          <Col xs={24} md={8}>
            <PublicLink villageId={villageId} />
          </Col>
        </Row>
        <Row gutter={[16, 16]}>
          {list.participants.map((p) => (
            <Col xs={24} lg={12} key={p.participantId}>
              <ChecklistCard p={p} actions={actions} />
            </Col>
          ))}
        </Row>
        {(list.pairs.length > 0 || list.participants.filter((p) => !p.excluded).length > 1) && (
          <OverlapPairs pairs={list.pairs} threshold={list.overlapThreshold} onOverride={pair} />
        )}
      </Flex>
      <ReasonModal request={request} onClose={() => setRequest(null)} />
    </Page>
  );
}
