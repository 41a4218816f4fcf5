import { Alert, Button, Card, Col, Form, Input, InputNumber, Row } from 'antd';
import { useSubmit } from '../../api/use-submit.ts';
import { QuorumIndicator } from './QuorumIndicator.tsx';
import { meetingKeys, patchMeeting } from './queries.ts';
import { S } from './strings.ts';
import type { MeetingDetail } from './types.ts';

const D = S.detail;

type Values = { attendance?: number | null; householdsRepresented?: number | null; minutes?: string };

/** 出席登记 with a quorum indicator that follows what the clerk types. */
export function AttendanceCard({ detail, canWrite }: { detail: MeetingDetail; canWrite: boolean }) {
  const { meeting, quorum } = detail;
  const [form] = Form.useForm<Values>();
  const typedPresent = Form.useWatch('attendance', form);
  const typedHouseholds = Form.useWatch('householdsRepresented', form);
  const locked = detail.polls.some((p) => p.status === 'certified');
  const isAssembly = meeting.kind === 'villager_assembly';
  const { submit, busy } = useSubmit(
    form,
    (v: Values) =>
      patchMeeting(meeting.id, {
        attendance: v.attendance ?? undefined,
        householdsRepresented: isAssembly ? (v.householdsRepresented ?? undefined) : undefined,
        minutes: v.minutes ?? undefined,
      }),
    { success: D.saved, invalidate: [meetingKeys.all] },
  );
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
          {locked && <Alert type="warning" showIcon title={D.locked} style={{ marginBottom: 12 }} />}
          <Form<Values>
            form={form}
            layout="vertical"
            disabled={!canWrite || locked}
            onFinish={submit}
            initialValues={{
              attendance: meeting.attendance,
              householdsRepresented: meeting.householdsRepresented,
              minutes: meeting.minutes ?? '',
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
            <Form.Item name="minutes" label={D.minutes}>
              <Input.TextArea rows={3} maxLength={20_000} placeholder={D.minutesPlaceholder} />
            </Form.Item>
            {canWrite && !locked && (
              <Button type="primary" htmlType="submit" loading={busy}>
                {D.save}
              </Button>
            )}
          </Form>
        </Col>
      </Row>
    </Card>
  );
}
