import { Alert, Button, Card, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useCampaigns } from '../campaigns/queries.ts';
import { currentCampaign } from '../home/TodoCard.tsx';
import { Console } from './Console.tsx';
import { useCampaignMeeting } from './queries.ts';
import { S } from './strings.ts';
import type { Meeting } from './types.ts';

type Values = { heldAt: Dayjs; place: string };

function SetUp({ campaignId }: { campaignId: string }) {
  const [form] = Form.useForm<Values>();
  const create = useAppMutation({
    mutationFn: (v: Values) =>
      api.post<Meeting>(`/api/jury/campaigns/${campaignId}/meeting`, {
        heldAt: v.heldAt.format(),
        place: v.place,
      }),
    success: S.created,
    form,
    invalidate: [keys.jury.all],
  });
  return (
    <Card title={S.setUp} style={{ maxWidth: 560 }}>
      <Form<Values>
        form={form}
        layout="vertical"
        name="jury-meeting"
        initialValues={{ heldAt: dayjs().add(7, 'day').hour(9).minute(0).second(0), place: S.placeDefault }}
        onFinish={(v) => void create.submit(v)}
      >
        <Form.Item name="heldAt" label={S.heldAt} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="place" label={S.place} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {S.setUp}
        </Button>
      </Form>
    </Card>
  );
}

/** The office's 乡集中述职 page: set the meeting up, then its console. */
export function JuryPage() {
  const campaigns = useCampaigns();
  const campaign = campaigns.data ? currentCampaign(campaigns.data) : undefined;
  const meeting = useCampaignMeeting(campaign?.id);
  if (campaigns.isPending || (campaign && meeting.isPending)) return <FullPageSpin />;
  if (campaigns.isError) return <LoadError error={campaigns.error} />;
  if (!campaign) return <Alert type="info" title={S.noCampaign} />;
  if (meeting.isError) return <LoadError error={meeting.error} />;
  const found = meeting.data?.meeting;
  if (found) return <Console meetingId={found.id} />;
  return (
    <Page title={`${campaign.year} 年度${S.title}`}>
      {meeting.data?.allowedActions.includes('create') ? (
        <SetUp campaignId={campaign.id} />
      ) : (
        <Alert type="info" title={S.notEvaluation} />
      )}
    </Page>
  );
}
