import { Form, Select } from 'antd';
import { useHostCandidates } from './queries.ts';
import { S } from './strings.ts';

const F = S.form;

/** 主持人账号: an account of the village or its township that may host (and certify as host). */
export function HostAccountField({ villageId, disabled }: { villageId?: string; disabled?: boolean }) {
  const candidates = useHostCandidates(villageId);
  return (
    <Form.Item name="hostUserId" label={F.hostAccount} extra={F.hostAccountHelp}>
      <Select
        allowClear
        disabled={disabled}
        placeholder={F.hostAccountPick}
        loading={candidates.isFetching}
        showSearch={{ optionFilterProp: 'label' }}
        options={(candidates.data ?? []).map((c) => ({
          value: c.userId,
          label: `${c.displayName}（${c.roleLabel}）`,
        }))}
      />
    </Form.Item>
  );
}
