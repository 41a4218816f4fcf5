import { Button, Flex, Form, Input, InputNumber, Radio, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { type ItemInput, saveItem } from './queries.ts';
import { S } from './strings.ts';
import { type PledgeEntry, RECOGNITION_OPTIONS, STATUS_OPTIONS } from './types.ts';

type Values = Omit<ItemInput, 'photos'>;
const files = (list: UploadFile[]) => list.flatMap((f) => (f.originFileObj ? [f.originFileObj] : []));

/** The phone form of one pledge's record: status, progress, villagers' recognition, opinion, photos. */
export function ItemForm({ pledge, onDone }: { pledge: PledgeEntry; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const [photos, setPhotos] = useState<UploadFile[]>([]);
  const save = useAppMutation<Values, unknown>({
    mutationFn: (v) => saveItem(pledge.pledgeId, { ...v, photos: files(photos) }),
    form,
    success: S.saved,
    invalidate: [keys.inspection.all],
    onSuccess: onDone,
  });
  const r = pledge.record;
  return (
    <Form<Values>
      form={form}
      name={`item-${pledge.pledgeId}`}
      layout="vertical"
      initialValues={
        r
          ? { status: r.status, progressPercent: r.progressPercent, recognition: r.recognition, note: r.note }
          : { progressPercent: pledge.latestProgress?.percent ?? 0 }
      }
      onFinish={(v) => {
        if (!save.isPending) void save.submit(v);
      }}
      onValuesChange={(changed: Partial<Values>) => {
        if (changed.status === 'completed') form.setFieldValue('progressPercent', 100);
        if (
          changed.status &&
          changed.status !== 'completed' &&
          form.getFieldValue('progressPercent') === 100
        ) {
          form.setFieldValue('progressPercent', 95);
        }
      }}
    >
      <Form.Item name="status" label={S.itemStatus} rules={[{ required: true, message: '请选择完成状态' }]}>
        <Radio.Group optionType="button" buttonStyle="solid" size="large">
          {STATUS_OPTIONS.map(([value, label]) => (
            <Radio.Button key={value} value={value}>
              {label}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="progressPercent"
        label={`${S.progress}（%）`}
        rules={[{ required: true, message: '请填写完成进度' }]}
      >
        <InputNumber
          min={0}
          max={100}
          precision={0}
          size="large"
          inputMode="numeric"
          style={{ width: 140 }}
        />
      </Form.Item>
      <Form.Item
        name="recognition"
        label={S.recognition}
        rules={[{ required: true, message: '请选择群众认可度' }]}
      >
        <Radio.Group optionType="button" buttonStyle="solid" size="large">
          {RECOGNITION_OPTIONS.map(([value, label]) => (
            <Radio.Button key={value} value={value}>
              {label}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="note" label={S.note}>
        <Input.TextArea rows={3} maxLength={500} showCount placeholder={S.notePlaceholder} />
      </Form.Item>
      <Form.Item label={S.photos} extra={S.photoHint}>
        <Upload
          accept="image/*"
          capture="environment"
          listType="picture"
          multiple
          maxCount={6}
          fileList={photos}
          beforeUpload={() => false}
          onChange={({ fileList }) => setPhotos(fileList)}
        >
          <Button size="large">{S.takePhoto}</Button>
        </Upload>
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" size="large" loading={save.isPending} style={{ flex: 1 }}>
          {S.save}
        </Button>
        <Button size="large" onClick={onDone}>
          {S.cancel}
        </Button>
      </Flex>
    </Form>
  );
}
