import { Button, Card, Col, Flex, Row, Statistic, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { hasPermission, type Me, type Permission, useCurrentUser } from '../../api/session.ts';
import type { CampaignSummary, Township } from '../../api/types.ts';
import { Page } from '../../shared/Page.tsx';
import { PhaseTag } from '../../shared/PhaseTag.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useCampaigns } from '../campaigns/queries.ts';
import { CountyHomeCard } from '../county/CountyHomeCard.tsx';
import { InspectorHome } from '../inspection/InspectorHome.tsx';
import { JurorHome } from '../jury/JurorHome.tsx';
import { useTownships, useVillage, useVillages } from '../org/queries.ts';
import { ReportsHomeCard } from '../reports/ReportsHomeCard.tsx';
import { LeaderHome } from '../supervision/LeaderHome.tsx';
import { SupervisorHome } from '../supervision/SupervisorHome.tsx';
import { ChairHome } from '../village-evaluation/ChairHome.tsx';
import { CampaignCard, DutiesCard, VillageCard } from './HomeCards.tsx';
import { S } from './strings.ts';
import { currentCampaign, OfficeTodo, VillageTodo } from './TodoCard.tsx';

function OfficeHome({ me }: { me: Me }) {
  const campaigns = useCampaigns();
  const villages = useVillages();
  if (campaigns.isPending || villages.isPending) return <FullPageSpin />;
  if (campaigns.isError) return <LoadError error={campaigns.error} />;
  if (villages.isError) return <LoadError error={villages.error} />;
  const shortcuts: [string, string, Permission][] = [
    ['/villages', S.shortcut.villages, 'org.read'],
    ['/roster', S.shortcut.roster, 'org.write'],
    ['/campaigns', S.shortcut.campaigns, 'campaign.read'],
    ['/dashboard', S.shortcut.dashboard, 'dashboard.read'],
    ['/participants', S.shortcut.participants, 'campaign.read'],
    ['/audit', S.shortcut.audit, 'audit.read'],
  ];
  const links = shortcuts.filter(([, , p]) => hasPermission(me, p));
  const current = currentCampaign(campaigns.data);
  return (
    <Row gutter={[16, 16]}>
      {current && (
        <Col span={24}>
          <OfficeTodo campaign={current} />
        </Col>
      )}
      {/* 述职报告: who has submitted (评诺 only). */}
      {hasPermission(me, 'report.read') && (
        <Col span={24}>
          <ReportsHomeCard />
        </Col>
      )}
      <Col xs={24} lg={16}>
        <CampaignCard campaigns={campaigns.data} manage={hasPermission(me, 'campaign.write')} />
      </Col>
      <Col xs={24} lg={8}>
        <Card>
          <Statistic title={S.villages} value={villages.data.length} suffix={S.villagesUnit} />
        </Card>
      </Col>
      <Col span={24}>
        <Card title={S.shortcuts} size="small">
          <Flex gap={8} wrap>
            {links.map(([to, label]) => (
              <Link key={to} to={to}>
                <Button>{label}</Button>
              </Link>
            ))}
          </Flex>
        </Card>
      </Col>
    </Row>
  );
}

type TownshipRow = Township & { latest?: CampaignSummary };

function CountyHome() {
  const townships = useTownships();
  const campaigns = useCampaigns();
  if (townships.isPending || campaigns.isPending) return <FullPageSpin />;
  if (townships.isError) return <LoadError error={townships.error} />;
  if (campaigns.isError) return <LoadError error={campaigns.error} />;
  const rows: TownshipRow[] = townships.data.map((t) => ({
    ...t,
    latest: campaigns.data.filter((c) => c.townshipId === t.id).sort((a, b) => b.year - a.year)[0],
  }));
  return (
    <Card title={S.townships}>
      <Table<TownshipRow>
        rowKey="id"
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: S.township, dataIndex: 'name' },
          { title: S.villageCount, dataIndex: 'villageCount', align: 'right' },
          {
            title: S.latestCampaign,
            key: 'latest',
            render: (_, t) =>
              t.latest ? (
                <Link to={`/campaigns/${t.latest.id}`}>
                  {t.latest.year} 年 <PhaseTag phase={t.latest.phase} label={t.latest.phaseLabel} />
                </Link>
              ) : (
                <Typography.Text type="secondary">{S.none}</Typography.Text>
              ),
          },
        ]}
      />
    </Card>
  );
}

function VillageHome({ villageId, me }: { villageId: string; me: Me }) {
  const village = useVillage(villageId);
  const campaigns = useCampaigns();
  if (village.isPending || campaigns.isPending) return <FullPageSpin />;
  if (village.isError) return <LoadError error={village.error} />;
  return (
    <Flex vertical gap={16}>
      {campaigns.data && currentCampaign(campaigns.data) && (
        <VillageTodo campaign={currentCampaign(campaigns.data)!} villageId={villageId} />
      )}
      {/* 述职报告: a cadre's own, a clerk's village's cadres (评诺 only). */}
      <ReportsHomeCard />
      {/* A cadre's own 履职档案 (every year's pledges, grades and consequences). */}
      {me.ownHistoryPersonId ? (
        <Card size="small">
          <Link to={`/history/people/${me.ownHistoryPersonId}`}>{S.myHistory}</Link>
        </Card>
      ) : null}
      <VillageCard village={village.data} title={`${S.myVillage}：${village.data.name}`} />
      {campaigns.data && <CampaignCard campaigns={campaigns.data} manage={false} />}
    </Flex>
  );
}

function TownshipStaffHome({ me }: { me: Me }) {
  const campaigns = useCampaigns();
  if (campaigns.isPending) return <FullPageSpin />;
  if (campaigns.isError) return <LoadError error={campaigns.error} />;
  return (
    <Flex vertical gap={16}>
      {/* An inspector's villages to inspect (实地考核), first on the phone. */}
      {hasPermission(me, 'inspection.record') && <InspectorHome />}
      {/* A juror's meeting (乡集中述职) and the way to score, first on the phone. */}
      {hasPermission(me, 'jury.score') && <JurorHome />}
      <CampaignCard campaigns={campaigns.data} manage={false} />
      {/* A contact leader's villages with their open items and the visit button. */}
      {hasPermission(me, 'supervision.visit') && <LeaderHome />}
    </Flex>
  );
}

/** The dashboard for the user's scope, and the office's for whoever runs the township's campaign. */
function ScopeHome({ me }: { me: Me }) {
  if (me.townshipId === null) {
    return (
      <Flex vertical gap={16}>
        {/* The county's view of every township's submitted results (上报县级). */}
        {hasPermission(me, 'county.read') && <CountyHomeCard />}
        <CountyHome />
      </Flex>
    );
  }
  if (hasPermission(me, 'campaign.write')) return <OfficeHome me={me} />;
  if (hasPermission(me, 'supervision.report')) {
    return (
      <Flex vertical gap={16}>
        {/* A 村务监督委员会主任's 民主测评 to certify as host, first on the phone. */}
        {hasPermission(me, 'village_evaluation.chair_certify') && <ChairHome />}
        <SupervisorHome />
      </Flex>
    );
  }
  if (me.villageId) return <VillageHome villageId={me.villageId} me={me} />;
  return <TownshipStaffHome me={me} />;
}

export function HomePage() {
  const me = useCurrentUser();
  return (
    <Page
      title={S.welcome(me.displayName)}
      extra={<Typography.Text type="secondary">{`${me.orgName} · ${me.roleLabel}`}</Typography.Text>}
    >
      <Flex vertical gap={16}>
        <ScopeHome me={me} />
        <DutiesCard me={me} />
      </Flex>
    </Page>
  );
}
