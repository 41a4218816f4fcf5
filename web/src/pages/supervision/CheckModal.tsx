import { Button, Card, Flex, Form, Select } from 'antd';
import { keys } from '../../api/query-keys.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { DateField, TextField } from './fields.tsx';
import { recordCheck } from './queries.ts';
import { S } from './strings.ts';

type Values = {
  checkedOn: string;
  members: string;
  villages: {
    villageId: string;
    findings: string;
    rectifications?: { demand: string; dueDate: string; responsible: string }[];
  }[];
};

/** The supervision group's check: date, members, and per village its findings and rectification demands. */
export function CheckModal({
  open,
  campaignId,
  villages,
  today,
  onClose,
}: {
  open: boolean;
  campaignId: string;
  villages: { id: string; name: string }[];
  today: string;
  onClose: () => void;
}) {
  return (
    <FormModal<Values>
      open={open}
      title={S.recordCheck}
      name="check"
      width={720}
      onClose={onClose}
      initialValues={{ checkedOn: today, villages: [{}] }}
      mutationFn={(v) =>
        recordCheck(campaignId, {
          checkedOn: v.checkedOn,
          members: v.members
            .split(/[、，,\s]+/)
            .filter(Boolean)
            .map((name) => ({ name })),
          villages: v.villages.map((x) => ({ ...x, rectifications: x.rectifications ?? [] })),
        })
      }
      success={S.saved}
      invalidate={[keys.supervision.all]}
    >
      <DateField name="checkedOn" label={S.checkedOn} max={today} />
      <TextField name="members" label={S.members} placeholder={S.membersHint} />
      <Form.List name="villages">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12}>
            {fields.map((field) => (
              <Card key={field.key} size="small" type="inner" title={S.villagesChecked}>
                <Form.Item
                  name={[field.name, 'villageId']}
                  label={S.village}
                  rules={[{ required: true, message: '请选择村' }]}
                >
                  <Select options={villages.map((v) => ({ value: v.id, label: v.name }))} />
                </Form.Item>
                <TextField name={[field.name, 'findings']} label={S.findings} rows={3} />
                <Form.List name={[field.name, 'rectifications']}>
                  {(demands, demandOps) => (
                    <Flex vertical gap={8}>
                      {demands.map((d) => (
                        <Card key={d.key} size="small">
                          <TextField name={[d.name, 'demand']} label={S.demand} rows={2} />
                          <Flex gap={8} wrap>
                            <DateField name={[d.name, 'dueDate']} label={S.due} />
                            <TextField name={[d.name, 'responsible']} label={S.responsible} />
                          </Flex>
                          <Button size="small" onClick={() => demandOps.remove(d.name)}>
                            {S.remove}
                          </Button>
                        </Card>
                      ))}
                      <Button onClick={() => demandOps.add()}>{S.addRectification}</Button>
                    </Flex>
                  )}
                </Form.List>
                {fields.length > 1 && (
                  <Button danger size="small" style={{ marginTop: 8 }} onClick={() => remove(field.name)}>
                    {S.remove}
                  </Button>
                )}
              </Card>
            ))}
            <Button onClick={() => add({})}>{S.addVillage}</Button>
          </Flex>
        )}
      </Form.List>
    </FormModal>
  );
}
