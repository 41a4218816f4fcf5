import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Flex, Progress, Statistic, Tag, Typography } from 'antd';
import { S } from './strings.ts';
import type { Quorum } from './types.ts';

const Q = S.quorum;

/** Whether typed attendance meets the server's rule: by people, or (村民会议) by households. */
export function quorumMet(quorum: Quorum, present: number | null, households: number | null): boolean {
  const byPeople = present !== null && present >= quorum.required;
  const byHouseholds =
    quorum.requiredHouseholds !== null &&
    quorum.requiredHouseholds !== undefined &&
    households !== null &&
    households >= quorum.requiredHouseholds;
  return byPeople || byHouseholds;
}

/** The live quorum: rule text, required vs present, met or how many are missing. */
export function QuorumIndicator({
  quorum,
  eligible,
  present,
  households,
}: {
  quorum: Quorum;
  eligible: number;
  present: number | null;
  households: number | null;
}) {
  const met = quorumMet(quorum, present, households);
  const percent =
    present === null || quorum.required === 0 ? 0 : Math.min(100, (present / quorum.required) * 100);
  return (
    <div data-testid="quorum" data-met={met ? 'yes' : 'no'}>
      <Flex gap={24} wrap align="center">
        <Statistic title={Q.eligible} value={eligible} suffix="人" />
        <Statistic title={Q.required} value={quorum.required} suffix="人" />
        <Statistic title={Q.present} value={present ?? '—'} suffix={present === null ? undefined : '人'} />
      </Flex>
      <Progress percent={Math.round(percent)} status={met ? 'success' : 'active'} showInfo={false} />
      <Flex gap={8} align="center" wrap style={{ margin: '8px 0' }}>
        {present === null && households === null ? (
          <Tag>{Q.notRecorded}</Tag>
        ) : met ? (
          <Tag color="success" icon={<CheckCircleFilled />} style={{ fontSize: 15, padding: '4px 10px' }}>
            {Q.met}
          </Tag>
        ) : (
          <Tag color="error" icon={<ExclamationCircleFilled />} style={{ fontSize: 15, padding: '4px 10px' }}>
            {Q.notMet}
            {present !== null && `，${Q.missing(quorum.required - present)}`}
          </Tag>
        )}
        {quorum.requiredHouseholds ? (
          <Typography.Text type="secondary">
            {Q.householdsRequired(quorum.requiredHouseholds)}
          </Typography.Text>
        ) : null}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {quorum.rule}
      </Typography.Paragraph>
    </div>
  );
}
