import { Card, Empty, Flex, Image, Typography } from 'antd';
import { S } from './strings.ts';
import { AssessmentTag } from './Tags.tsx';
import type { Report } from './types.ts';

/** Reports as cards (readable on a phone): who saw what of which pledge, when, with photos. */
export function ReportsList({ reports }: { reports: Report[] }) {
  if (reports.length === 0) return <Empty description={S.noReports} />;
  return (
    <Flex vertical gap={8} data-testid="reports">
      {reports.map((r) => (
        <Card key={r.id} size="small" data-testid="report">
          <Flex justify="space-between" wrap gap={8}>
            <Typography.Text strong>{`${r.villageName} · ${r.pledgeTitle}`}</Typography.Text>
            <AssessmentTag assessment={r.assessment} label={r.assessmentLabel} />
          </Flex>
          <Typography.Paragraph style={{ margin: '8px 0' }}>{r.observation}</Typography.Paragraph>
          {r.photos.length > 0 && (
            <Image.PreviewGroup>
              <Flex gap={8} wrap>
                {r.photos.map((p) => (
                  <Image
                    key={p.id}
                    src={p.thumbUrl ?? p.url}
                    preview={{ src: p.url }}
                    width={72}
                    alt={p.name}
                  />
                ))}
              </Flex>
            </Image.PreviewGroup>
          )}
          <Typography.Text type="secondary">{`${r.observedOn} · ${r.authorName} · ${S.cadre}：${r.cadreName}`}</Typography.Text>
        </Card>
      ))}
    </Flex>
  );
}
