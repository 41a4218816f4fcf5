import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Empty, Grid, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { hasPermission, useCurrentUser } from '../../api/session.ts';
import type { VillageRow } from '../../api/types.ts';
import { Page } from '../../shared/Page.tsx';
import { LoadError } from '../../shared/StatusPages.tsx';
import { CadreName, CadrePair } from './CadreNames.tsx';
import { useTownships, useVillages } from './queries.ts';
import { S } from './strings.ts';
import { VillageCards } from './VillageCards.tsx';
import { VillageFormModal } from './VillageFormModal.tsx';

function TownshipFilter({ value, onChange }: { value?: string; onChange: (id?: string) => void }) {
  const townships = useTownships();
  return (
    <Select
      allowClear
      placeholder={S.allTownships}
      style={{ width: 180 }}
      value={value}
      onChange={(id?: string) => onChange(id)}
      loading={townships.isPending}
      options={(townships.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
    />
  );
}

export function VillagesPage() {
  const me = useCurrentUser();
  const manage = hasPermission(me, 'org.write');
  // A caller whose scope spans several townships (the county) picks one and sees which is which.
  const spansTownships = me.townshipId === null;
  const isPhone = !Grid.useBreakpoint().md;
  const navigate = useNavigate();
  const [townshipId, setTownshipId] = useState<string>();
  const [editing, setEditing] = useState<VillageRow | 'new' | null>(null);
  const villages = useVillages(townshipId);

  const extra = (
    <>
      {spansTownships && <TownshipFilter value={townshipId} onChange={setTownshipId} />}
      {manage && (
        <>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {S.addVillage}
          </Button>
          <Link to="/roster">
            <Button icon={<UploadOutlined />}>{S.importRoster}</Button>
          </Link>
        </>
      )}
    </>
  );

  const rows = villages.data ?? [];
  const empty = <Empty description={manage ? S.empty : S.emptyReadOnly} />;
  return (
    <Page title={S.title} extra={extra}>
      {villages.isError ? (
        <LoadError error={villages.error} onRetry={() => void villages.refetch()} />
      ) : isPhone ? (
        <VillageCards villages={rows} loading={villages.isPending} empty={empty} />
      ) : (
        <Table<VillageRow>
          rowKey="id"
          loading={villages.isPending}
          dataSource={rows}
          scroll={{ x: 'max-content' }}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          locale={{ emptyText: empty }}
          footer={
            rows.length
              ? () => <Typography.Text type="secondary">{S.villageCount(rows.length)}</Typography.Text>
              : undefined
          }
          onRow={(v) => ({ onDoubleClick: () => navigate(`/villages/${v.id}`) })}
          columns={[
            {
              title: S.village,
              dataIndex: 'name',
              fixed: 'left',
              render: (name: string, v) => <Link to={`/villages/${v.id}`}>{name}</Link>,
            },
            ...(spansTownships ? [{ title: S.township, dataIndex: 'townshipName' }] : []),
            { title: S.villageCode, dataIndex: 'code', render: (code: string | null) => code ?? '—' },
            { title: S.adultPopulation, dataIndex: 'adultPopulation', align: 'right' },
            { title: S.households, dataIndex: 'households', align: 'right' },
            { title: S.representatives, dataIndex: 'representatives', align: 'right' },
            { title: S.partyMembers, dataIndex: 'partyMembers', align: 'right' },
            { title: S.secretary, key: 'secretary', render: (_, v) => <CadreName cadre={v.secretary} /> },
            {
              title: S.director,
              key: 'director',
              render: (_, v) => (v.dualRole ? <CadrePair village={v} /> : <CadreName cadre={v.director} />),
            },
            {
              title: S.actions,
              key: 'actions',
              render: (_, v) => (
                <Space>
                  <Link to={`/villages/${v.id}`}>{S.view}</Link>
                  {manage && (
                    <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setEditing(v)}>
                      {S.edit}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
      <VillageFormModal
        open={editing !== null}
        village={editing === 'new' || editing === null ? undefined : editing}
        onClose={() => setEditing(null)}
      />
    </Page>
  );
}
