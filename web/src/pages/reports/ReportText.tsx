import { Card, Flex, Typography } from 'antd';
import { S } from './strings.ts';
import type { ReportContent } from './types.ts';

const lines = (value: string) =>
  value
    .split(/\n+/)
    .filter((l) => l.trim())
    .map((l) => (
      <Typography.Paragraph key={l} style={{ textIndent: '2em', marginBottom: 6 }}>
        {l}
      </Typography.Paragraph>
    ));

/** A submitted report as it reads: the pledges one by one, then the three sections. */
export function ReportText({ content }: { content: ReportContent }) {
  return (
    <Flex vertical gap={12} data-testid="report-text">
      <Card size="small" title={S.pledgesSection}>
        {content.pledges.map((p, i) => (
          <div key={p.pledgeId}>
            <Typography.Text strong>{S.pledgeLabel(i, p.title)}</Typography.Text>
            {lines(p.statement)}
          </div>
        ))}
      </Card>
      <Card size="small" title={S.duties}>
        {lines(content.duties)}
      </Card>
      <Card size="small" title={S.selfBuilding}>
        {lines(content.selfBuilding)}
      </Card>
      <Card size="small" title={S.problemsAndPlans}>
        {lines(content.problemsAndPlans)}
      </Card>
    </Flex>
  );
}
