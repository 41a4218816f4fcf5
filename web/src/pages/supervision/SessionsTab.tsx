import { Button, Card, Empty, Flex, Form, InputNumber, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { keys } from '../../api/query-keys.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useRosterPeople } from '../accounts/queries.ts';
import { DateField, TextField } from './fields.tsx';
import { recordSession, type SessionInput, useSessions } from './queries.ts';
import { S } from './strings.ts';
import type { SupervisionSummary } from './types.ts';

function SessionModal({
  open,
  summary,
  onClose,
}: {
  open: boolean;
  summary: SupervisionSummary;
  onClose: () => void;
}) {
  const people = useRosterPeople(open);
  return (
    <FormModal<SessionInput>
      open={open}
      title={S.recordSession}
      name="session"
      onClose={onClose}
      initialValues={{ heldOn: summary.today, kind: 'training', attendeePersonIds: [], othersCount: 0 }}
      mutationFn={(v) =>
        recordSession(summary.campaign.id, { ...v, attendeePersonIds: v.attendeePersonIds ?? [] })
      }
      success={S.saved}
      invalidate={[keys.supervision.all]}
    >
      <DateField name="heldOn" label={S.heldOn} max={summary.today} />
      <Form.Item name="kind" label={S.kind}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'training', label: '培训' },
            { value: 'publicity', label: '宣传' },
          ]}
        />
      </Form.Item>
      <TextField name="topic" label={S.topic} />
      <TextField name="place" label={S.place} />
      <Form.Item name="villageId" label={S.sessionVillage}>
        <Select allowClear options={summary.villages.map((v) => ({ value: v.id, label: v.name }))} />
      </Form.Item>
      <Form.Item name="attendeePersonIds" label={S.attendees}>
        <Select
          mode="multiple"
          optionFilterProp="label"
          loading={people.isPending}
          options={(people.data ?? []).map((p) => ({
            value: p.personId,
            label: `${p.name}（${p.villageName}）`,
          }))}
        />
      </Form.Item>
      <Form.Item name="othersCount" label={S.others}>
        <InputNumber min={0} />
      </Form.Item>
    </FormModal>
  );
}

export function SessionsTab({ summary }: { summary: SupervisionSummary }) {
  const sessions = useSessions(summary.campaign.id);
  const [adding, setAdding] = useState(false);
  if (sessions.isPending) return <FullPageSpin />;
  if (sessions.isError) return <LoadError error={sessions.error} />;
  return (
    <Flex vertical gap={12}>
      {summary.allowedActions.includes('record_session') && (
        <div>
          <Button type="primary" onClick={() => setAdding(true)}>
            {S.recordSession}
          </Button>
        </div>
      )}
      {sessions.data.length === 0 && <Empty description={S.noSessions} />}
      {sessions.data.map((s) => (
        <Card key={s.id} size="small" title={`${s.heldOn} ${s.kindLabel}：${s.topic}`} data-testid="session">
          <Typography.Text>{`${S.place}：${s.place}（${s.villageName ?? S.township}）· ${S.total(s.total)}`}</Typography.Text>
          {s.attendees.length > 0 && (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {s.attendees.map((a) => a.name).join('、')}
              {s.othersCount > 0 ? ` 等，另有其他人员 ${s.othersCount} 人` : ''}
            </Typography.Paragraph>
          )}
        </Card>
      ))}
      <SessionModal open={adding} summary={summary} onClose={() => setAdding(false)} />
    </Flex>
  );
}
