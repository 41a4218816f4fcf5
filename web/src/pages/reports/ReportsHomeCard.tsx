import { Button, Card, Flex, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useCurrentUser } from '../../api/session.ts';
import { useReportOverview } from './queries.ts';
import { S } from './strings.ts';
import { STANDING_COLORS } from './types.ts';

/**
 * The home page's 述职报告 card while a year is in 评诺: a cadre's own report, a clerk's village's
 * cadres, the office's count of who has submitted. Nothing outside 评诺.
 */
export function ReportsHomeCard() {
  const me = useCurrentUser();
  const overview = useReportOverview();
  const o = overview.data;
  if (o?.campaign?.phase !== 'evaluation') return null;
  const rows = o.villages.flatMap((v) => v.participants);
  if (o.ownOnly) {
    const mine = rows[0];
    if (!mine) return null;
    return (
      <Card size="small" title={S.mineCard} data-testid="reports-home">
        <Flex gap={8} wrap align="center" justify="space-between">
          <span>
            {S.mineCardText}
            <Tag color={STANDING_COLORS[mine.status]}>{mine.statusLabel}</Tag>
          </span>
          <Link to="/reports">
            <Button type="primary">{mine.allowedActions.includes('save') ? S.write : S.open}</Button>
          </Link>
        </Flex>
      </Card>
    );
  }
  if (me.villageId) {
    return (
      <Card size="small" title={S.villageCard} data-testid="reports-home">
        <List
          size="small"
          dataSource={rows}
          renderItem={(r) => (
            <List.Item
              extra={
                <Link to={`/reports/participants/${r.id}`}>
                  {r.allowedActions.includes('save') ? S.enterFor : S.open}
                </Link>
              }
            >
              {r.name} <Tag color={STANDING_COLORS[r.status]}>{r.statusLabel}</Tag>
            </List.Item>
          )}
        />
      </Card>
    );
  }
  const total = o.counts.submitted + o.counts.draft + o.counts.returned + o.counts.notStarted;
  return (
    <Card
      size="small"
      title={S.officeCard}
      data-testid="reports-home"
      extra={<Link to="/reports">{S.openOverview}</Link>}
    >
      <Typography.Text>{S.officeCardText(o.counts.submitted, total)}</Typography.Text>
      <Typography.Text type="secondary">{`（${S.counts.draft} ${o.counts.draft}，${S.counts.returned} ${o.counts.returned}，${S.counts.notStarted} ${o.counts.notStarted}）`}</Typography.Text>
    </Card>
  );
}
