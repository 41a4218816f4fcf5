import { Button, Card, Checkbox, Flex, Form, InputNumber, Select } from 'antd';
import { keys } from '../../api/query-keys.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { useMeetings } from '../meetings/queries.ts';
import { DateField, TextField } from './fields.tsx';
import { type ElectionInput, recordElection } from './queries.ts';
import { S } from './strings.ts';
import type { Slip } from './types.ts';

const ELECTING = ['villager_assembly', 'representative_assembly'];

/** Records who the village meeting elected (votes each) for what term; accounts are opened on request. */
export function ElectionModal({
  open,
  campaignId,
  onClose,
  onSlips,
}: {
  open: boolean;
  campaignId: string;
  onClose: () => void;
  onSlips: (slips: Slip[]) => void;
}) {
  const meetings = useMeetings();
  const options = (meetings.data ?? [])
    .filter((m) => m.campaignId === campaignId && ELECTING.includes(m.kind))
    .map((m) => ({ value: m.id, label: `${m.villageName} · ${m.kindLabel} · ${m.title}` }));
  return (
    <FormModal<ElectionInput, { slips: Slip[] }>
      open={open}
      title={S.recordElection}
      name="election"
      width={640}
      onClose={onClose}
      initialValues={{ elected: [{ openAccount: true }] }}
      mutationFn={(v) => recordElection(campaignId, v)}
      success={S.saved}
      invalidate={[keys.supervision.all]}
      onSuccess={(result) => {
        if (result.slips.length) onSlips(result.slips);
      }}
    >
      <Form.Item
        name="meetingId"
        label={S.meeting}
        extra={S.meetingHint}
        rules={[{ required: true, message: '请选择选举会议' }]}
      >
        <Select options={options} loading={meetings.isPending} />
      </Form.Item>
      <Flex gap={8} wrap>
        <DateField name="termStart" label={S.termStart} />
        <DateField name="termEnd" label={S.termEnd} />
      </Flex>
      <Form.List name="elected">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((f) => (
              <Card key={f.key} size="small">
                <Flex gap={8} wrap align="end">
                  <TextField name={[f.name, 'name']} label={S.personName} />
                  <Form.Item
                    name={[f.name, 'votes']}
                    label={S.votes}
                    rules={[{ required: true, message: '请填写得票数' }]}
                  >
                    <InputNumber min={1} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'openAccount']} valuePropName="checked">
                    <Checkbox>{S.openAccount}</Checkbox>
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button size="small" onClick={() => remove(f.name)} style={{ marginBottom: 24 }}>
                      {S.remove}
                    </Button>
                  )}
                </Flex>
              </Card>
            ))}
            <Button onClick={() => add({ openAccount: true })}>{S.addElected}</Button>
          </Flex>
        )}
      </Form.List>
    </FormModal>
  );
}
