import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import { ENTITY_LABELS, S } from './strings.ts';
import { zonedDayRange } from './zoned-day.ts';

export type AuditFilter = {
  action?: string;
  entity?: string;
  actorName?: string;
  from?: string;
  to?: string;
};

type FilterForm = {
  action?: string;
  entity?: string;
  actorName?: string;
  dates?: [Dayjs | null, Dayjs | null] | null;
};

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Whole days in the township's time zone: the first day's start to the last day's end. */
function dayRange(dates: FilterForm['dates'], timeZone: string): { from?: string; to?: string } {
  const [first, last] = [dates?.[0], dates?.[1]];
  if (!first || !last) return {};
  return zonedDayRange(first.format('YYYY-MM-DD'), last.format('YYYY-MM-DD'), timeZone);
}

/** Filters of the audit log; dates cover whole days of the township. */
export function AuditFilters({
  timeZone,
  onSearch,
}: {
  timeZone: string;
  onSearch: (filter: AuditFilter) => void;
}) {
  const [form] = Form.useForm<FilterForm>();
  // Every action the log holds for this caller, by its Chinese name (the server names them).
  const actions = useQuery({
    queryKey: [...keys.audit.all, 'actions'],
    queryFn: () => api.get<{ action: string; label: string }[]>('/api/audit/actions'),
  });
  const actionOptions = (actions.data ?? [])
    .map((a) => ({ value: a.action, label: a.label }))
    .sort((x, y) => x.label.localeCompare(y.label, 'zh-CN'));
  const submit = (v: FilterForm) =>
    onSearch({
      action: v.action || undefined,
      entity: v.entity || undefined,
      actorName: v.actorName?.trim() || undefined,
      ...dayRange(v.dates, timeZone),
    });
  return (
    <Form form={form} layout="inline" onFinish={submit} style={{ marginBottom: 16, rowGap: 8 }}>
      <Form.Item name="action" label={S.filterAction}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 220 }}
          loading={actions.isLoading}
          options={actionOptions}
        />
      </Form.Item>
      <Form.Item name="entity" label={S.filterEntity}>
        <Select allowClear style={{ width: 140 }} options={options(ENTITY_LABELS)} />
      </Form.Item>
      <Form.Item name="actorName" label={S.filterActor}>
        <Input allowClear style={{ width: 140 }} maxLength={64} />
      </Form.Item>
      <Form.Item name="dates" label={S.filterDates}>
        <DatePicker.RangePicker />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {S.search}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onSearch({});
          }}
        >
          {S.reset}
        </Button>
      </Form.Item>
    </Form>
  );
}
