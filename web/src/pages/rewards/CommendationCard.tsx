import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { useLocalTime } from '../../shared/local-time.ts';
import { issueNotice, noticeUrl, saveNotice } from './queries.ts';
import { S } from './strings.ts';
import type { Commendation, NoticeValues } from './types.ts';

const C = S.commend;
const required = [{ required: true, whitespace: true, message: C.required }];
const textOf = (c: Commendation): NoticeValues => ({
  title: c.title,
  recipients: c.recipients,
  body: c.body,
  signature: c.signature,
  noticeDate: c.noticeDate,
});

function Honourees({ c }: { c: Commendation }) {
  type Row = Commendation['honourees'][number];
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong>{C.honourees(c.grade, c.honourees.length)}</Typography.Text>
      <Table<Row>
        rowKey="participantId"
        dataSource={c.honourees}
        pagination={false}
        size="small"
        scroll={{ x: 'max-content' }}
        data-testid="honourees"
        locale={{ emptyText: C.noHonourees(c.grade) }}
        columns={[
          { title: S.pay.columns.village, dataIndex: 'villageName' },
          { title: S.pay.columns.name, dataIndex: 'name' },
          { title: S.pay.columns.posts, render: (_, h) => h.posts.join('、') },
          { title: C.composite, align: 'right', render: (_, h) => h.composite?.toFixed(2) ?? '—' },
        ]}
      />
    </Flex>
  );
}

function Issued({ c }: { c: Commendation }) {
  const t = useLocalTime();
  return (
    <Flex vertical gap={8} data-testid="commendation-issued">
      <Alert type="success" showIcon title={C.issuedBy(c.issuedBy ?? '', t.dateTime(c.issuedAt ?? ''))} />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {c.title}
      </Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
        {`${c.recipients}\n${c.body}`}
      </Typography.Paragraph>
    </Flex>
  );
}

/** The notice as the office edits it: 保存文字, preview (.docx), 印发并公示. */
function NoticeForm({ c }: { c: Commendation }) {
  const [form] = Form.useForm<NoticeValues>();
  useEffect(() => form.setFieldsValue(textOf(c)), [c, form]);
  const save = useAppMutation<NoticeValues, Commendation>({
    mutationFn: (values) => saveNotice(c.campaignId, values),
    success: C.saved,
    invalidate: [keys.rewards.all],
    form,
  });
  const issue = useAppMutation({
    mutationFn: () => issueNotice(c.campaignId),
    success: C.issued,
    invalidate: [keys.rewards.all, keys.publications.all],
  });
  return (
    <Form<NoticeValues>
      form={form}
      layout="vertical"
      name="notice"
      initialValues={textOf(c)}
      onFinish={(v) => void save.submit(v)}
    >
      <Form.Item name="title" label={C.titleLabel} rules={required}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="recipients" label={C.recipients} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="body" label={C.body} extra={C.bodyHelp} rules={required}>
        <Input.TextArea autoSize={{ minRows: 6, maxRows: 16 }} maxLength={4000} showCount />
      </Form.Item>
      <Form.Item name="signature" label={C.signature} extra={C.signatureHelp} rules={required}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} />
      </Form.Item>
      <Form.Item name="noticeDate" label={C.noticeDate} rules={[{ required: true, message: C.pickDate }]}>
        <Input type="date" style={{ maxWidth: 200 }} />
      </Form.Item>
      <Flex gap={8} wrap>
        <Button htmlType="submit" loading={save.isPending}>
          {C.save}
        </Button>
        <Button icon={<DownloadOutlined />} href={noticeUrl(c.campaignId)}>
          {C.preview}
        </Button>
        {c.allowedActions.includes('issue') ? (
          <Button
            type="primary"
            loading={issue.isPending}
            onClick={() =>
              void issue.confirm(undefined, {
                title: C.issueConfirm,
                content: C.issueContent,
                okText: C.issue,
              })
            }
          >
            {C.issue}
          </Button>
        ) : null}
      </Flex>
    </Form>
  );
}

/** 评选表彰: the year's 优秀 cadres and the commendation notice (edit, then issue = publish). */
export function CommendationCard({ commendation: c }: { commendation: Commendation }) {
  const editable = c.allowedActions.includes('edit');
  return (
    <Card
      title={C.title}
      size="small"
      data-testid="commendation-card"
      extra={c.issued ? <Tag color="green">{C.issuedTag}</Tag> : null}
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {C.intro(c.grade)}
        </Typography.Paragraph>
        <Honourees c={c} />
        <Typography.Text strong>{C.notice}</Typography.Text>
        {c.issued ? (
          <>
            <Issued c={c} />
            <Flex gap={8} wrap>
              <Button icon={<DownloadOutlined />} href={noticeUrl(c.campaignId)}>
                {C.download}
              </Button>
              <Link to="/publications">{C.publications}</Link>
            </Flex>
          </>
        ) : editable ? (
          <NoticeForm c={c} />
        ) : (
          <Button
            icon={<DownloadOutlined />}
            href={noticeUrl(c.campaignId)}
            style={{ alignSelf: 'flex-start' }}
          >
            {C.preview}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
