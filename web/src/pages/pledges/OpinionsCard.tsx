import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { HandleOpinionModal, PaperOpinionModal } from './OpinionModals.tsx';
import { S } from './strings.ts';
import type { Opinion, Pledge, PledgeSet } from './types.ts';
import { useLocalTime } from './zone.ts';

const O = S.opinions;

function OpinionItem({
  opinion,
  about,
  canHandle,
  onHandle,
}: {
  opinion: Opinion;
  about: string;
  canHandle: boolean;
  onHandle: () => void;
}) {
  const pending = opinion.handling === null;
  const when = useLocalTime().dateTime;
  return (
    <List.Item
      data-testid="opinion"
      data-handled={pending ? 'no' : 'yes'}
      actions={
        pending && canHandle
          ? [
              <Button key="handle" size="small" type="primary" onClick={onHandle}>
                {O.handle}
              </Button>,
            ]
          : []
      }
    >
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Flex gap={6} wrap align="center">
          <Tag color={pending ? 'warning' : 'success'}>{opinion.handlingLabel}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {O.source[opinion.source]} · {opinion.authorName ?? O.anonymous} · {when(opinion.createdAt)}
          </Typography.Text>
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {about}
        </Typography.Text>
        <div style={{ whiteSpace: 'pre-wrap' }}>{opinion.content}</div>
        {!pending && (
          <div style={{ fontSize: 13 }}>
            <div>{opinion.handlingNote}</div>
            {opinion.handledBy && opinion.handledAt && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {O.handledBy(opinion.handledBy, when(opinion.handledAt))}
              </Typography.Text>
            )}
          </div>
        )}
      </Flex>
    </List.Item>
  );
}

/** 征求意见: the opinions beside the draft, each marked as handled by the cadre or clerk. */
export function OpinionsCard({
  set,
  opinions,
  pledges,
}: {
  set: PledgeSet | null;
  opinions: Opinion[];
  pledges: Pledge[];
}) {
  const [handling, setHandling] = useState<Opinion | null>(null);
  const [paperOpen, setPaperOpen] = useState(false);
  const pendingCount = opinions.filter((o) => o.handling === null).length;
  const titleOf = (id: string | null) => {
    const p = id ? pledges.find((x) => x.id === id) : undefined;
    return p ? O.aboutPledge(p.title) : O.aboutSet;
  };
  const canAddPaper = set?.allowedActions.includes('add_opinion') ?? false;
  const canHandle = set?.allowedActions.includes('handle_opinion') ?? false;
  return (
    <Card
      size="small"
      data-testid="opinions"
      title={
        <Flex gap={8} align="center">
          {O.title}
          {pendingCount > 0 && <Badge count={O.pending(pendingCount)} color="orange" />}
        </Flex>
      }
      extra={
        canAddPaper && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setPaperOpen(true)}>
            {O.addPaper}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {O.intro}
      </Typography.Paragraph>
      {opinions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={O.empty} />
      ) : (
        <List
          size="small"
          dataSource={[...opinions].sort((a, b) => Number(a.handling !== null) - Number(b.handling !== null))}
          renderItem={(o) => (
            <OpinionItem
              opinion={o}
              about={titleOf(o.pledgeId)}
              canHandle={canHandle}
              onHandle={() => setHandling(o)}
            />
          )}
        />
      )}
      <HandleOpinionModal opinion={handling} onClose={() => setHandling(null)} />
      {set && (
        <PaperOpinionModal
          open={paperOpen}
          onClose={() => setPaperOpen(false)}
          setId={set.id}
          pledges={pledges}
        />
      )}
    </Card>
  );
}
