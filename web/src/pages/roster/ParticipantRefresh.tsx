import { SyncOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, List, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { LoadError } from '../../shared/StatusPages.tsx';
import { syncParticipants, useSyncPreviews } from './queries.ts';
import { S } from './strings.ts';
import type { SyncPerson, SyncPreview } from './types.ts';

function People({ label, color, people }: { label: string; color: string; people: SyncPerson[] }) {
  if (people.length === 0) return null;
  return (
    <List
      size="small"
      header={<Typography.Text strong>{label}</Typography.Text>}
      dataSource={people}
      renderItem={(p) => (
        <List.Item>
          <Flex gap={8} wrap align="center">
            <Tag color={color}>{p.villageName}</Tag>
            <span>{p.name}</span>
            <Typography.Text type="secondary">{p.roleLabel}</Typography.Text>
          </Flex>
        </List.Item>
      )}
    />
  );
}

/** One campaign's refresh: who would be added, changed, removed; done only after a confirmation. */
function CampaignRefresh({ preview }: { preview: SyncPreview }) {
  const [skipped, setSkipped] = useState(false);
  const sync = useAppMutation({
    mutationFn: () => syncParticipants(preview.campaignId),
    success: S.refreshed,
    invalidate: [keys.campaigns.all],
  });
  const { add, update, remove } = preview;
  const pending = add.length + update.length + remove.length > 0;
  return (
    <Card
      size="small"
      title={S.refreshTitle(preview.year, preview.phaseLabel)}
      data-testid="participant-refresh"
    >
      {!pending ? (
        <Typography.Text type="secondary">{S.refreshNone}</Typography.Text>
      ) : skipped ? (
        <Alert type="info" showIcon title={S.refreshSkipped} />
      ) : (
        <Flex vertical gap={8}>
          <Typography.Text>{S.refreshIntro}</Typography.Text>
          <People label={S.refreshAdd(add.length)} color="green" people={add} />
          <People label={S.refreshUpdate(update.length)} color="blue" people={update} />
          <People label={S.refreshRemove(remove.length)} color="orange" people={remove} />
          <Flex gap={8} wrap>
            <Button
              type="primary"
              icon={<SyncOutlined />}
              loading={sync.isPending}
              onClick={() =>
                sync.confirm(undefined, {
                  title: S.refreshConfirm(preview.year),
                  content: S.refreshConfirmText,
                  okText: S.refresh,
                })
              }
            >
              {S.refresh}
            </Button>
            <Button disabled={sync.isPending} onClick={() => setSkipped(true)}>
              {S.later}
            </Button>
          </Flex>
        </Flex>
      )}
    </Card>
  );
}

/**
 * After an import that changed posts: the participants of each campaign still open to a refresh
 * (the server says which) follow the posts only when the office confirms.
 */
export function ParticipantRefresh() {
  const previews = useSyncPreviews(true);
  if (previews.isPending) return <Spin />;
  if (previews.isError) return <LoadError error={previews.error} onRetry={() => void previews.refetch()} />;
  return (
    <Flex vertical gap={12}>
      {previews.data.map((p) => (
        <CampaignRefresh key={p.campaignId} preview={p} />
      ))}
    </Flex>
  );
}
