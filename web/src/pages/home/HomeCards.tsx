import { Button, Card, Descriptions, Empty, Flex, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Me } from '../../api/session.ts';
import type { CampaignSummary, VillageRow } from '../../api/types.ts';
import { PhaseTag } from '../../shared/PhaseTag.tsx';
import { ROLE_DUTIES, S } from './strings.ts';

/** The township's campaign of the current year (or the latest one). */
export function CampaignCard({ campaigns, manage }: { campaigns: CampaignSummary[]; manage: boolean }) {
  const year = new Date().getFullYear();
  const sorted = [...campaigns].sort((a, b) => b.year - a.year);
  const current = sorted.find((c) => c.year === year) ?? sorted[0];
  if (!current) {
    return (
      <Card title={S.campaign}>
        <Empty description={manage ? S.noCampaignManage : S.noCampaign}>
          {manage && (
            <Link to="/campaigns">
              <Button type="primary">{S.createCampaign}</Button>
            </Link>
          )}
        </Empty>
      </Card>
    );
  }
  return (
    <Card
      title={`${current.year} 年度考评活动`}
      extra={<Link to={`/campaigns/${current.id}`}>{S.openCampaign}</Link>}
    >
      <Flex gap={32} wrap>
        <Statistic
          title={S.phase}
          valueRender={() => <PhaseTag phase={current.phase} label={current.phaseLabel} />}
        />
        <Statistic
          title={S.participants}
          value={current.participantCount - current.excludedCount}
          suffix={S.people}
        />
        <Statistic title={S.excluded} value={current.excludedCount} suffix={S.people} />
      </Flex>
    </Card>
  );
}

export function DutiesCard({ me }: { me: Me }) {
  return (
    <Card title={S.later} size="small">
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {ROLE_DUTIES[me.role].map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
    </Card>
  );
}

function Cadres({ v }: { v: VillageRow }) {
  const name = (c: VillageRow['secretary']) =>
    c?.name ?? <Typography.Text type="warning">{S.vacant}</Typography.Text>;
  if (v.dualRole) {
    return (
      <>
        {name(v.secretary)} <Tag color="red">{S.dualRole}</Tag>
      </>
    );
  }
  return (
    <>
      {S.secretary} {name(v.secretary)}，{S.director} {name(v.director)}
    </>
  );
}

export function VillageCard({ village, title }: { village: VillageRow; title?: string }) {
  return (
    <Card
      size="small"
      title={title ?? village.name}
      extra={<Link to={`/villages/${village.id}`}>{S.viewVillage}</Link>}
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
        <Descriptions.Item label={`${S.secretary} / ${S.director}`}>
          <Cadres v={village} />
        </Descriptions.Item>
        <Descriptions.Item label={S.adultPopulation}>{village.adultPopulation}</Descriptions.Item>
        <Descriptions.Item label={S.households}>{village.households}</Descriptions.Item>
        <Descriptions.Item label={S.representatives}>{village.representatives}</Descriptions.Item>
        <Descriptions.Item label={S.partyMembers}>{village.partyMembers}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
