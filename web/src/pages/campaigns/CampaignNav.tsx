import { Segmented } from 'antd';
import { useNavigate } from 'react-router';
import { S } from './strings.ts';

/** Switches between a campaign's settings and its participants. */
export function CampaignNav({
  campaignId,
  current,
}: {
  campaignId: string;
  current: 'settings' | 'participants';
}) {
  const navigate = useNavigate();
  return (
    <Segmented
      value={current}
      options={[
        { value: 'settings', label: S.tabSettings },
        { value: 'participants', label: S.tabParticipants },
      ]}
      onChange={(v) =>
        navigate(v === 'settings' ? `/campaigns/${campaignId}` : `/campaigns/${campaignId}/participants`)
      }
    />
  );
}
