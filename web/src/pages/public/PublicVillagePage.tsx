import { Alert, Button, Card, Empty, Flex, Form, Input, Result, Select, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ApiError, errorMessage } from '../../api/client.ts';
import { addPublicOpinion, usePublicVillage } from '../pledges/queries.ts';
import type { PublicPledge, PublicSet } from '../pledges/types.ts';
import { useLocalTime, ZoneContext } from '../pledges/zone.ts';
import { S } from './strings.ts';

const shell: React.CSSProperties = { maxWidth: 720, margin: '0 auto', padding: '16px 12px 48px' };

function PledgeItem({ p, index }: { p: PublicPledge; index: number }) {
  return (
    <li data-testid="public-pledge" style={{ marginBottom: 14 }}>
      <Typography.Text strong style={{ fontSize: 16 }}>
        {index}. {p.title}
      </Typography.Text>{' '}
      <Tag color="blue">{p.category}</Tag>
      <div style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>{p.content}</div>
      <div style={{ color: '#595959', marginTop: 2 }}>
        {S.standard}：{p.completionStandard}
      </div>
      <div style={{ color: '#595959' }}>
        {S.due}：{p.dueDate}
      </div>
    </li>
  );
}

type Values = { pledgeId?: string; content: string; name?: string };

function OpinionForm({ villageId, set }: { villageId: string; set: PublicSet }) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await addPublicOpinion(villageId, {
        content: v.content.trim(),
        ...(v.pledgeId ? { pledgeId: v.pledgeId } : { pledgeSetId: set.setId }),
        ...(v.name?.trim() ? { name: v.name.trim() } : {}),
      });
      form.resetFields();
      setDone(true);
    } catch (e) {
      if (e instanceof ApiError && e.field)
        form.setFields([{ name: e.field as keyof Values, errors: [e.message] }]);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form<Values>
      name={`opinion-${set.setId}`}
      form={form}
      layout="vertical"
      onFinish={submit}
      data-testid="public-opinion-form"
    >
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {S.formTitle(set.name)}
      </Typography.Title>
      {done && (
        <Alert
          type="success"
          showIcon
          title={S.thanks}
          closable
          onClose={() => setDone(false)}
          style={{ marginBottom: 12 }}
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form.Item name="pledgeId" label={S.about}>
        <Select
          allowClear
          size="large"
          placeholder={S.allItems}
          options={set.pledges.map((p, i) => ({ value: p.id, label: `${i + 1}. ${p.title}` }))}
        />
      </Form.Item>
      <Form.Item
        name="content"
        label={S.content}
        rules={[{ required: true, whitespace: true, message: S.contentRequired }]}
      >
        <Input.TextArea
          size="large"
          maxLength={1000}
          autoSize={{ minRows: 3, maxRows: 8 }}
          placeholder={S.contentPlaceholder}
        />
      </Form.Item>
      <Form.Item name="name" label={S.name}>
        <Input size="large" maxLength={30} autoComplete="name" />
      </Form.Item>
      <Button type="primary" size="large" htmlType="submit" loading={busy} block>
        {S.submit}
      </Button>
    </Form>
  );
}

function SetCard({ set, children }: { set: PublicSet; children?: React.ReactNode }) {
  const { date } = useLocalTime();
  return (
    <Card
      size="small"
      data-testid="public-set"
      data-name={set.name}
      title={
        <Flex gap={8} wrap align="center" style={{ whiteSpace: 'normal', padding: '6px 0' }}>
          <span style={{ fontSize: 16 }}>{set.name}</span>
          <Tag>{set.roleLabel}</Tag>
          {set.approvedAt && <Tag color="success">{S.approvedOn(date(set.approvedAt))}</Tag>}
        </Flex>
      }
    >
      <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {set.pledges.map((p, i) => (
          <PledgeItem key={p.id} p={p} index={i + 1} />
        ))}
      </ol>
      {children}
    </Card>
  );
}

/** 村公开页 (no login, phone first): drafts under solicitation with a form for opinions; approved pledges. */
export function PublicVillagePage() {
  const { villageId = '' } = useParams();
  const query = usePublicVillage(villageId);
  if (query.isPending)
    return (
      <Flex justify="center" style={{ padding: 64 }}>
        <Spin size="large" />
      </Flex>
    );
  if (query.isError) return <Result status="warning" title={errorMessage(query.error) || S.notFound} />;
  const { village, campaign, soliciting, approved, timeZone } = query.data;
  return (
    <ZoneContext.Provider value={timeZone}>
      <main style={shell}>
        <header style={{ marginBottom: 16 }}>
          <Typography.Title level={3} style={{ marginBottom: 4 }}>
            {S.title(village.name)}
          </Typography.Title>
          {campaign && (
            <Typography.Text type="secondary">{S.subtitle(village.township, campaign.year)}</Typography.Text>
          )}
        </header>
        {!campaign && <Empty description={S.noCampaign} />}
        {soliciting.length > 0 && (
          <section data-testid="public-soliciting" style={{ marginBottom: 24 }}>
            <Typography.Title level={4}>{S.soliciting}</Typography.Title>
            <Typography.Paragraph type="secondary">{S.solicitingIntro}</Typography.Paragraph>
            <Flex vertical gap={16}>
              {soliciting.map((set) => (
                <SetCard key={set.setId} set={set}>
                  <div style={{ borderTop: '1px solid #f0f0f0', paddingTop: 12 }}>
                    <OpinionForm villageId={village.id} set={set} />
                  </div>
                </SetCard>
              ))}
            </Flex>
          </section>
        )}
        {approved.length > 0 && (
          <section data-testid="public-approved">
            <Typography.Title level={4}>{S.approved}</Typography.Title>
            <Typography.Paragraph type="secondary">{S.approvedIntro}</Typography.Paragraph>
            <Flex vertical gap={16}>
              {approved.map((set) => (
                <SetCard key={set.setId} set={set} />
              ))}
            </Flex>
          </section>
        )}
        {campaign && soliciting.length === 0 && approved.length === 0 && <Empty description={S.nothing} />}
      </main>
    </ZoneContext.Provider>
  );
}
