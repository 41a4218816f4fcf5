import { Alert, Card, Empty, Flex, Image, List, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { BackLink } from '../../shared/BackLink.tsx';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useReuseFlags } from './queries.ts';
import { S } from './strings.ts';
import type { ReuseFlag } from './types.ts';

function Side({ label, side }: { label: string; side: ReuseFlag['photo'] }) {
  return (
    <Flex gap={8} align="flex-start" style={{ minWidth: 260, flex: 1 }}>
      <Image src={side.thumbUrl} width={96} height={72} style={{ objectFit: 'cover', borderRadius: 4 }} />
      <Flex vertical>
        <Typography.Text type="secondary">{label}</Typography.Text>
        {side.pledgeId ? (
          <Link to={`/progress/pledges/${side.pledgeId}`}>{side.pledgeTitle}</Link>
        ) : (
          <Typography.Text>{side.pledgeTitle}</Typography.Text>
        )}
        <Typography.Text type="secondary">
          {`${side.villageName ?? ''} · ${side.year ?? ''}年 · ${side.storedByName} · ${side.storedOn}`}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}

/** 疑似重复使用的照片: each flag with both uses side by side, for the office (and inspectors) to check. */
export function ReuseFlagsPage() {
  const { campaignId = '' } = useParams();
  const flags = useReuseFlags(campaignId);
  if (flags.isPending) return <FullPageSpin />;
  if (flags.isError) return <LoadError error={flags.error} onRetry={() => void flags.refetch()} />;
  return (
    <Page title={S.reuseTitle} extra={<BackLink to="/progress">{S.back}</BackLink>}>
      <Alert type="info" showIcon title={S.reuseHint} style={{ marginBottom: 12 }} />
      {flags.data.flags.length === 0 ? (
        <Empty description={S.reuseNone} />
      ) : (
        <List
          dataSource={flags.data.flags}
          renderItem={(f) => (
            <List.Item key={f.id} style={{ border: 'none', padding: '6px 0' }}>
              <Card
                size="small"
                style={{ width: '100%' }}
                title={<Tag color="warning">{f.match === 'identical' ? S.identical : S.similar}</Tag>}
                extra={f.flaggedAt}
              >
                <Flex gap={16} wrap>
                  <Side label={S.earlier} side={f.earlier} />
                  <Side label={S.laterUsed} side={f.photo} />
                </Flex>
              </Card>
            </List.Item>
          )}
        />
      )}
    </Page>
  );
}
