import { Card, Flex, List, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { VillageRow } from '../../api/types.ts';
import { CadrePair } from './CadreNames.tsx';
import { S } from './strings.ts';

/** The villages table as cards, for phone screens. */
export function VillageCards({
  villages,
  loading,
  empty,
}: {
  villages: VillageRow[];
  loading: boolean;
  empty: ReactNode;
}) {
  return (
    <List
      loading={loading}
      dataSource={villages}
      locale={{ emptyText: empty }}
      renderItem={(v) => (
        <List.Item style={{ padding: '6px 0', border: 'none' }}>
          <Link to={`/villages/${v.id}`} style={{ width: '100%' }}>
            <Card size="small" hoverable title={v.name} extra={v.townshipName}>
              <Flex vertical gap={4}>
                <CadrePair village={v} />
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {S.adultPopulation} {v.adultPopulation} · {S.households} {v.households} ·{' '}
                  {S.representatives} {v.representatives} · {S.partyMembers} {v.partyMembers}
                </Typography.Text>
              </Flex>
            </Card>
          </Link>
        </List.Item>
      )}
    />
  );
}
