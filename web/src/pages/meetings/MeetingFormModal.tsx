import { Alert, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import {
  eligibleFromVillage,
  MEETING_KINDS,
  type MeetingKind,
} from '../../../../server/domain/voting/meeting-kinds.ts';
import { keys } from '../../api/query-keys.ts';
import type { VillageRow } from '../../api/types.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { type timesIn, useLocalTime } from '../../shared/local-time.ts';
import { useVillages } from '../org/queries.ts';
import { HostAccountField } from './HostAccountField.tsx';
import { createMeeting, patchMeeting } from './queries.ts';
import { MEETING_KIND_LABELS, S } from './strings.ts';
import type { Meeting } from './types.ts';

type Times = ReturnType<typeof timesIn>;

type Values = {
  villageId: string;
  kind: MeetingKind;
  title: string;
  startsAt: Dayjs;
  place: string;
  host: string;
  hostUserId?: string;
  chair?: string;
  counters?: string[];
  scrutineers?: string[];
  eligible?: number;
};

const F = S.form;
const NO_NUMBERS = { adultPopulation: 0, households: 0, representatives: 0, partyMembers: 0 };

function EligiblePreview({ village, kind }: { village?: VillageRow; kind?: MeetingKind }) {
  if (!village || !kind) return null;
  const n = eligibleFromVillage(kind, village);
  const text =
    kind === 'party_and_representative_assembly'
      ? F.eligibleOnce(village.partyMembers, village.representatives)
      : n === null
        ? F.eligibleEntered
        : F.eligibleFrom(n, S.eligibleBasis[kind] ?? '');
  return <Alert type="info" showIcon title={text} style={{ marginBottom: 16 }} />;
}

/** What a correction sends: the fields the record keeps may be changed (village, kind, name stay). */
function patchOf(v: Values, times: Times) {
  return {
    startsAt: times.fromPicker(v.startsAt),
    place: v.place.trim(),
    host: v.host.trim(),
    ...(v.hostUserId ? { hostUserId: v.hostUserId } : {}),
    ...(v.chair?.trim() ? { chair: v.chair.trim() } : {}),
    counters: v.counters ?? [],
    scrutineers: v.scrutineers ?? [],
  };
}

function createOf(v: Values, village: VillageRow | undefined, times: Times) {
  return {
    villageId: v.villageId,
    kind: v.kind,
    title: v.title.trim(),
    ...patchOf(v, times),
    eligible: eligibleFromVillage(v.kind, village ?? NO_NUMBERS) === null ? v.eligible : undefined,
  };
}

const valuesOf = (m: Meeting, times: Times): Partial<Values> => ({
  villageId: m.villageId,
  kind: m.kind,
  title: m.title,
  startsAt: times.toPicker(m.startsAt),
  place: m.place,
  host: m.host,
  hostUserId: m.hostUserId ?? undefined,
  chair: m.chair ?? undefined,
  counters: m.counters,
  scrutineers: m.scrutineers,
});

/**
 * 登记会议: the eligible count (应到) is shown from the village's numbers as the kind is picked.
 * With `meeting`, 修改会议记录: time, place, host and the counting people are corrected; village,
 * kind and name stay (attendance is recorded on the detail page).
 */
export function MeetingFormModal({
  open,
  onClose,
  onCreated,
  defaultVillageId,
  kinds = MEETING_KINDS,
  meeting,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (meeting: Meeting) => void;
  defaultVillageId?: string | null;
  /** The kinds this meeting may be (e.g. those a pledge vote allows); all by default. */
  kinds?: readonly MeetingKind[];
  /** The meeting to correct; a new one is recorded without it. */
  meeting?: Meeting;
}) {
  const editing = meeting !== undefined;
  const times = useLocalTime();
  const [form] = Form.useForm<Values>();
  const villages = useVillages();
  const villageId = Form.useWatch('villageId', form);
  const kind = Form.useWatch('kind', form);
  const village = villages.data?.find((v) => v.id === villageId);
  const single = villages.data?.length === 1 ? villages.data[0]?.id : undefined;
  const initialVillage = defaultVillageId ?? single;
  useEffect(() => {
    if (open && !editing && initialVillage && !form.getFieldValue('villageId'))
      form.setFieldValue('villageId', initialVillage);
  }, [open, editing, initialVillage, form]);
  return (
    <FormModal<Values, Meeting>
      open={open}
      title={editing ? F.editTitle : F.title}
      okText={F.submit}
      cancelText={F.cancel}
      form={form}
      width={640}
      intro={editing && <Alert type="info" showIcon title={F.editHelp} style={{ marginBottom: 16 }} />}
      initialValues={
        meeting
          ? valuesOf(meeting, times)
          : {
              kind: kinds[0],
              startsAt: times.pickerDay(1, '09:00'),
              villageId: initialVillage,
            }
      }
      onClose={onClose}
      mutationFn={(v) =>
        meeting ? patchMeeting(meeting.id, patchOf(v, times)) : createMeeting(createOf(v, village, times))
      }
      success={editing ? F.edited : F.saved}
      invalidate={[keys.meetings.all]}
      onSuccess={onCreated}
    >
      <Form.Item name="villageId" label={F.village} rules={[{ required: true, message: F.villagePick }]}>
        <Select
          disabled={editing}
          placeholder={F.villagePick}
          loading={villages.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          options={(villages.data ?? []).map((v) => ({ value: v.id, label: v.name }))}
        />
      </Form.Item>
      <Form.Item name="kind" label={F.kind} rules={[{ required: true, message: F.required(F.kind) }]}>
        <Select
          disabled={editing}
          options={(editing ? MEETING_KINDS : kinds).map((k) => ({
            value: k,
            label: MEETING_KIND_LABELS[k],
          }))}
        />
      </Form.Item>
      {!editing && <EligiblePreview village={village} kind={kind} />}
      {!editing && kind && eligibleFromVillage(kind, village ?? NO_NUMBERS) === null && (
        <Form.Item
          name="eligible"
          label={F.eligible}
          rules={[{ required: true, message: F.required(F.eligible) }]}
        >
          <InputNumber min={1} max={1_000_000} precision={0} suffix="人" style={{ width: 200 }} />
        </Form.Item>
      )}
      <Form.Item
        name="title"
        label={F.name}
        rules={[{ required: true, whitespace: true, message: F.required(F.name) }]}
      >
        <Input disabled={editing} placeholder={F.namePlaceholder} maxLength={100} />
      </Form.Item>
      <Form.Item
        name="startsAt"
        label={F.startsAt}
        rules={[{ required: true, message: F.required(F.startsAt) }]}
      >
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="place"
        label={F.place}
        rules={[{ required: true, whitespace: true, message: F.required(F.place) }]}
      >
        <Input placeholder={F.placePlaceholder} maxLength={100} />
      </Form.Item>
      <Form.Item
        name="host"
        label={F.host}
        extra={F.hostHelp}
        rules={[{ required: true, whitespace: true, message: F.required(F.host) }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <HostAccountField villageId={villageId} />
      <Form.Item name="chair" label={F.chair} extra={F.chairHelp}>
        <Input maxLength={50} placeholder="村务监督委员会" />
      </Form.Item>
      <Form.Item name="counters" label={F.counters} extra={F.tagsHelp}>
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、', ' ']} />
      </Form.Item>
      <Form.Item name="scrutineers" label={F.scrutineers} extra={F.tagsHelp}>
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、', ' ']} />
      </Form.Item>
    </FormModal>
  );
}
