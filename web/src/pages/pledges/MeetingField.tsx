import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, type FormInstance, Select } from 'antd';
import { useState } from 'react';
import { MeetingFormModal } from '../meetings/MeetingFormModal.tsx';
import { useMeetings } from '../meetings/queries.ts';
import type { MeetingKind } from '../meetings/types.ts';
import { S } from './strings.ts';
import { useLocalTime } from './zone.ts';

const A = S.actions;

/** Picks a recorded meeting of the village of the given kinds, or records a new one on the spot. */
export function MeetingField({
  form,
  villageId,
  campaignId,
  kinds,
  help,
}: {
  form: FormInstance;
  villageId: string;
  campaignId: string;
  kinds: MeetingKind[];
  help: string;
}) {
  const meetings = useMeetings(villageId);
  const { date } = useLocalTime();
  const [creating, setCreating] = useState(false);
  const options = (meetings.data ?? [])
    .filter((m) => kinds.includes(m.kind) && (!m.campaignId || m.campaignId === campaignId))
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
    .map((m) => ({
      value: m.id,
      label: `${date(m.startsAt)} ${m.title}（${m.kindLabel}）`,
    }));
  return (
    <>
      <Form.Item label={A.meeting} required extra={help}>
        <Flex gap={8} wrap>
          <Form.Item name="meetingId" noStyle rules={[{ required: true, message: A.pickMeeting }]}>
            <Select
              aria-label={A.meeting}
              placeholder={A.pickMeeting}
              loading={meetings.isPending}
              options={options}
              style={{ flex: '1 1 260px', minWidth: 0 }}
            />
          </Form.Item>
          <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {A.newMeeting}
          </Button>
        </Flex>
      </Form.Item>
      <MeetingFormModal
        open={creating}
        defaultVillageId={villageId}
        kinds={kinds}
        onClose={() => setCreating(false)}
        onCreated={(m) => {
          setCreating(false);
          void meetings.refetch().then(() => form.setFieldValue('meetingId', m.id));
        }}
      />
    </>
  );
}
