import { Alert, Button, Card, Col, Empty, Flex, Row, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { S } from './strings.ts';
import type { Highlight, OverlapPair, PairSide } from './types.ts';

const C = S.checklist;

/** The text with the given [start, end) ranges (UTF-16 offsets) wrapped in <mark>. */
export function marked(text: string, ranges: { start: number; end: number }[]): ReactNode[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = 0;
  for (const r of sorted) {
    const start = Math.max(r.start, at);
    const end = Math.min(r.end, text.length);
    if (end <= start) continue;
    if (start > at) out.push(text.slice(at, start));
    out.push(<mark key={`${start}-${end}`}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

function Side({ side, highlights }: { side: PairSide; highlights: Highlight[] }) {
  const of = (field: Highlight['field']) => highlights.filter((h) => h.field === field);
  return (
    <Card size="small" type="inner" title={side.ownerName} style={{ height: '100%' }} data-testid="pair-side">
      <Typography.Text strong>{marked(side.title, of('title'))}</Typography.Text>
      <Typography.Paragraph style={{ margin: '6px 0 0', whiteSpace: 'pre-wrap' }}>
        {marked(side.content, of('content'))}
      </Typography.Paragraph>
    </Card>
  );
}

/** 疑似交叉: the secretary's and the director's items side by side, shared phrases marked. */
export function OverlapPairs({
  pairs,
  threshold,
  onOverride,
}: {
  pairs: OverlapPair[];
  threshold: number;
  onOverride: (pair: OverlapPair) => void;
}) {
  return (
    <Card size="small" title={C.pairs} data-testid="overlap-pairs">
      <Typography.Paragraph type="secondary">{C.pairsIntro(threshold)}</Typography.Paragraph>
      {pairs.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={C.noPairs} />
      ) : (
        <Flex vertical gap={16}>
          {pairs.map((pair) => (
            <div key={`${pair.a.id}-${pair.b.id}`} data-testid="overlap-pair" data-blocking={pair.blocking}>
              <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
                <Tag color={pair.blocking ? 'error' : 'default'}>{C.score(pair.score)}</Tag>
                {pair.blocking && <Tag color="error">{C.blocking}</Tag>}
                <Typography.Text type="secondary">
                  {C.shared}：{pair.shared.join('、')}
                </Typography.Text>
                {pair.allowedActions.includes('override') && (
                  <Button size="small" onClick={() => onOverride(pair)}>
                    {C.overridePair}
                  </Button>
                )}
              </Flex>
              <Row gutter={[12, 12]}>
                <Col xs={24} md={12}>
                  <Side side={pair.a} highlights={pair.highlightsA} />
                </Col>
                <Col xs={24} md={12}>
                  <Side side={pair.b} highlights={pair.highlightsB} />
                </Col>
              </Row>
              {pair.overrideReason && (
                <Alert
                  style={{ marginTop: 8 }}
                  type="info"
                  showIcon
                  title={C.pairOverridden(pair.overrideReason)}
                />
              )}
            </div>
          ))}
        </Flex>
      )}
    </Card>
  );
}
