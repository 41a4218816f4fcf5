import { Space, Tag, Typography } from 'antd';
import type { CadreRef, VillageRow } from '../../api/types.ts';
import { S } from './strings.ts';

export function CadreName({ cadre }: { cadre: CadreRef }) {
  return cadre ? <span>{cadre.name}</span> : <Typography.Text type="warning">{S.vacant}</Typography.Text>;
}

/** Secretary and director, or one name with the 一肩挑 tag. */
export function CadrePair({ village }: { village: VillageRow }) {
  if (village.dualRole) {
    return (
      <Space size={4}>
        <CadreName cadre={village.secretary} />
        <Tag color="red">{S.dualRole}</Tag>
      </Space>
    );
  }
  return (
    <Space size={4} wrap>
      <span>
        {S.secretary}：<CadreName cadre={village.secretary} />
      </span>
      <span>
        {S.director}：<CadreName cadre={village.director} />
      </span>
    </Space>
  );
}
