import { Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { S } from './strings.ts';
import type { Outlook } from './types.ts';

/** Before 奖惩: who will face a removal case once this year's results are confirmed (certain first). */
export function RemovalOutlookCard({ rows }: { rows: Outlook[] }) {
  return (
    <Card title={S.outlook} size="small" data-testid="removal-outlook">
      <Typography.Paragraph type="secondary">{S.outlookIntro}</Typography.Paragraph>
      {rows.length === 0 ? (
        <Empty description={S.noOutlook} />
      ) : (
        <List<Outlook>
          dataSource={rows}
          rowKey="participantId"
          renderItem={(r) => (
            <List.Item data-name={r.name}>
              <Flex vertical gap={4} style={{ minWidth: 0 }}>
                <Flex gap={8} wrap align="center">
                  <Typography.Text strong>{r.name}</Typography.Text>
                  <Typography.Text type="secondary">
                    {r.villageName} · {r.post}
                  </Typography.Text>
                  {r.certain ? <Tag color="red">{S.certain}</Tag> : <Tag color="orange">{S.warning}</Tag>}
                </Flex>
                <Typography.Text>{r.text}</Typography.Text>
                <Flex gap={4} wrap>
                  {r.measures.map((m) => (
                    <Tag key={m} color="volcano">
                      {m}
                    </Tag>
                  ))}
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
