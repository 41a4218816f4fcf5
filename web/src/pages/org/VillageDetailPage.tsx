import { EditOutlined, PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Space } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { hasPermission, useCurrentUser } from '../../api/session.ts';
import type { Person, Position } from '../../api/types.ts';
import { BackLink } from '../../shared/BackLink.tsx';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { CadrePair } from './CadreNames.tsx';
import { PersonFormModal } from './PersonFormModal.tsx';
import { PersonsTable } from './PersonsTable.tsx';
import { AppointModal, EndPositionModal } from './PositionModals.tsx';
import { PositionsTable } from './PositionsTable.tsx';
import { useVillage } from './queries.ts';
import { S } from './strings.ts';
import { VillageFormModal } from './VillageFormModal.tsx';

export function VillageDetailPage() {
  const { villageId = '' } = useParams();
  const me = useCurrentUser();
  const manage = hasPermission(me, 'org.write');
  const village = useVillage(villageId);
  const [editingVillage, setEditingVillage] = useState(false);
  const [person, setPerson] = useState<Person | 'new' | null>(null);
  const [appointFor, setAppointFor] = useState<string | null | undefined>(undefined);
  const [ending, setEnding] = useState<Position | null>(null);

  if (village.isPending) return <FullPageSpin />;
  if (village.isError) return <LoadError error={village.error} onRetry={() => void village.refetch()} />;
  const v = village.data;
  const backLink = me.villageId ? null : <BackLink to="/villages">{S.back}</BackLink>;

  return (
    <Page title={`${v.townshipName} ${v.name}`} extra={backLink}>
      <Flex vertical gap={16}>
        <Card
          title={S.basics}
          size="small"
          extra={
            manage && (
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditingVillage(true)}>
                {S.edit}
              </Button>
            )
          }
        >
          <Descriptions column={{ xs: 1, sm: 2, md: 3, xl: 5 }} size="small">
            <Descriptions.Item label={S.villageCode}>{v.code ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={S.adultPopulation}>{v.adultPopulation}</Descriptions.Item>
            <Descriptions.Item label={S.households}>{v.households}</Descriptions.Item>
            <Descriptions.Item label={S.representativesFull}>{v.representatives}</Descriptions.Item>
            <Descriptions.Item label={S.partyMembersFull}>{v.partyMembers}</Descriptions.Item>
            <Descriptions.Item label={S.currentCadres}>
              <CadrePair village={v} />
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card
          title={S.persons}
          size="small"
          extra={
            manage && (
              <Space wrap>
                <Button size="small" icon={<PlusOutlined />} onClick={() => setPerson('new')}>
                  {S.addPerson}
                </Button>
                <Button
                  size="small"
                  icon={<UserAddOutlined />}
                  disabled={v.persons.length === 0}
                  onClick={() => setAppointFor(null)}
                >
                  {S.appoint}
                </Button>
              </Space>
            )
          }
        >
          <PersonsTable
            persons={v.persons}
            manage={manage}
            onEdit={setPerson}
            onAppoint={(p) => setAppointFor(p.id)}
          />
        </Card>
        <Card title={S.positions} size="small">
          <PositionsTable positions={v.positions} manage={manage} onEnd={setEnding} />
        </Card>
      </Flex>
      <VillageFormModal open={editingVillage} village={v} onClose={() => setEditingVillage(false)} />
      <PersonFormModal
        open={person !== null}
        villageId={v.id}
        person={person === 'new' || person === null ? undefined : person}
        onClose={() => setPerson(null)}
      />
      <AppointModal
        open={appointFor !== undefined}
        persons={v.persons}
        personId={appointFor ?? undefined}
        onClose={() => setAppointFor(undefined)}
      />
      <EndPositionModal position={ending} onClose={() => setEnding(null)} />
    </Page>
  );
}
