import { FileOutlined } from '@ant-design/icons';
import { Timeline as AntTimeline, Empty, Flex, Image, Tag, Typography } from 'antd';
import { S } from './strings.ts';
import { type Report, STATUS_COLORS, STATUS_LABELS } from './types.ts';

const COLORS = { default: 'gray', processing: 'blue', success: 'green', error: 'red' } as const;

/** A pledge's reports, newest first, with thumbnails (tap for the phone-sized copy) and documents. */
export function ProgressTimeline({ reports, showReuse }: { reports: Report[]; showReuse: boolean }) {
  if (reports.length === 0) return <Empty description={S.noReports} />;
  return (
    <AntTimeline
      items={reports.map((r) => ({
        key: r.id,
        color: COLORS[STATUS_COLORS[r.status] as keyof typeof COLORS],
        children: (
          <Flex vertical gap={4} data-testid="progress-report">
            <Flex gap={8} wrap align="center">
              <Typography.Text strong>{r.reportDate}</Typography.Text>
              <Tag color={STATUS_COLORS[r.status]}>{STATUS_LABELS[r.status]}</Tag>
              <Typography.Text>{`${r.percent}%`}</Typography.Text>
            </Flex>
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              {r.note}
            </Typography.Paragraph>
            {r.internalNote ? (
              <Typography.Text type="secondary">{`${S.internalNote}：${r.internalNote}`}</Typography.Text>
            ) : null}
            {r.photos.length > 0 ? (
              <Image.PreviewGroup>
                <Flex gap={8} wrap>
                  {r.photos.map((p) => (
                    <Flex key={p.id} vertical gap={2} align="center">
                      <Image
                        src={p.thumbUrl ?? p.url}
                        preview={{ src: p.url }}
                        width={96}
                        height={72}
                        style={{ objectFit: 'cover', borderRadius: 4 }}
                        alt={p.name}
                      />
                      {showReuse && p.reuseFlags > 0 ? <Tag color="warning">{S.reuse}</Tag> : null}
                    </Flex>
                  ))}
                </Flex>
              </Image.PreviewGroup>
            ) : null}
            {r.documents.map((d) => (
              <a key={d.id} href={d.url}>
                <FileOutlined /> {d.name}
              </a>
            ))}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {S.reporterOn(r.reporter, r.reportedAt)}
            </Typography.Text>
          </Flex>
        ),
      }))}
    />
  );
}
