import { Alert, Button, Card, Col, Form, Input, InputNumber, Row } from 'antd';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { HostAccountField } from './HostAccountField.tsx';
import { QuorumIndicator } from './QuorumIndicator.tsx';
import { patchMeeting } from './queries.ts';
import { S } from './strings.ts';
import type { MeetingDetail } from './types.ts';

const D = S.detail;

type Values = {
  attendance?: number | null;
  householdsRepresented?: number | null;
  minutes?: string;
  hostUserId?: string | null;
};

/** 出席登记 (and the host's account) with a quorum indicator that follows what the clerk types. */
export function AttendanceCard({ detail }: { detail: MeetingDetail }) {
  const { meeting, quorum } = detail;
  const [form] = Form.useForm<Values>();
  const typedPresent = Form.useWatch('attendance', form);
  const typedHouseholds = Form.useWatch('householdsRepresented', form);
  const canEdit = meeting.allowedActions.includes('edit');
  const isAssembly = meeting.kind === 'villager_assembly';
  const save = useAppMutation({
    form,
    mutationFn: (v: Values) =>
      patchMeeting(meeting.id, {
        attendance: v.attendance ?? undefined,
        householdsRepresented: isAssembly ? (v.householdsRepresented ?? undefined) : undefined,
        minutes: v.minutes ?? undefined,
        hostUserId: v.hostUserId ?? undefined,
      }),
    success: D.saved,
    invalidate: [keys.meetings.all, keys.polls.all],
  });
  const present = typedPresent === undefined ? meeting.attendance : typedPresent;
  const households = typedHouseholds === undefined ? meeting.householdsRepresented : typedHouseholds;
  return (
    <Card title={D.attendance}>
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={12}>
          <QuorumIndicator
            quorum={quorum}
            eligible={meeting.eligible}
            present={present ?? null}
            households={households ?? null}
          />
        </Col>
        <Col xs={24} lg={12}>
          {meeting.lockedReason && (
            <Alert type="warning" showIcon title={meeting.lockedReason} style={{ marginBottom: 12 }} />
          )}
          <Form<Values>
            form={form}
            layout="vertical"
            disabled={!canEdit}
            onFinish={(v) => void save.submit(v)}
            initialValues={{
              attendance: meeting.attendance,
              householdsRepresented: meeting.householdsRepresented,
              minutes: meeting.minutes ?? '',
              hostUserId: meeting.hostUserId,
            }}
          >
            <Form.Item name="attendance" label={D.present} extra={D.attendanceHelp}>
              <InputNumber
                min={0}
                max={1_000_000}
                precision={0}
                suffix="人"
                size="large"
                style={{ width: 200 }}
              />
            </Form.Item>
            {isAssembly && (
              <Form.Item name="householdsRepresented" label={D.households} extra={D.householdsHelp}>
                <InputNumber min={0} max={1_000_000} precision={0} suffix="户" style={{ width: 200 }} />
              </Form.Item>
            )}
            {canEdit && <HostAccountField villageId={meeting.villageId} />}
            <Form.Item name="minutes" label={D.minutes}>
              <Input.TextArea rows={3} maxLength={20_000} placeholder={D.minutesPlaceholder} />
            </Form.Item>
            {canEdit && (
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {D.save}
              </Button>
            )}
          </Form>
        </Col>
      </Row>
    </Card>
  );
}
