import { Alert, Button, Checkbox, Flex, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { publicLink, usePublicConfig } from '../../api/public-config.ts';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { BackLink } from '../../shared/BackLink.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { meetingPath, useMeeting } from './queries.ts';
import { S } from './strings.ts';
import type { Slips } from './types.ts';
import './jury.css';

function Slip({ slip, origin, meeting }: { slip: Slips['slips'][number]; origin: string; meeting: Slips }) {
  const [svg, setSvg] = useState('');
  const url = publicLink({ origin }, `/jury/sign-in#${slip.code}`);
  useEffect(() => {
    void QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(setSvg);
  }, [url]);
  return (
    <div
      className="jury-slip"
      style={{ border: '1px dashed #999', padding: 16, breakInside: 'avoid', width: 300 }}
      data-testid="jury-slip"
    >
      <Typography.Text strong>{S.slipTitle}</Typography.Text>
      <div>{meeting.meetingTitle}</div>
      <div>{`${meeting.heldAtText} · ${meeting.place}`}</div>
      <Typography.Title level={4} style={{ margin: '8px 0' }}>
        {`${slip.name}（${slip.categoryLabel}）`}
      </Typography.Title>
      {/* The SVG is made by the qrcode library from the sign-in link: no user text in it. */}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a generated QR code SVG */}
      <div style={{ width: 180 }} dangerouslySetInnerHTML={{ __html: svg }} />
      <Typography.Text type="secondary">{S.slipScan}</Typography.Text>
      <div style={{ fontSize: 10, wordBreak: 'break-all' }} data-testid="jury-slip-url">
        {url}
      </div>
    </div>
  );
}

/** Printable QR sign-in slips: codes made on request, shown here once (the server keeps only hashes). */
export function SlipsPage() {
  const { meetingId = '' } = useParams();
  const meeting = useMeeting(meetingId, false);
  const config = usePublicConfig();
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [slips, setSlips] = useState<Slips | null>(null);
  const issue = useAppMutation({
    mutationFn: (ids: string[]) => api.post<Slips>(`${meetingPath(meetingId)}/slips`, { jurorIds: ids }),
    invalidate: [keys.jury.all],
    errorTitle: S.printSlips,
    onSuccess: setSlips,
  });
  if (meeting.isPending || config.isPending) return <FullPageSpin />;
  if (meeting.isError) return <LoadError error={meeting.error} />;
  if (config.isError) return <LoadError error={config.error} />;
  const eligible = meeting.data.jurors.filter((j) => j.signIn !== 'account');
  const picked =
    chosen ?? eligible.filter((j) => j.signIn === 'none' || j.signIn === 'slip_void').map((j) => j.id);
  return (
    <Flex vertical gap={12} style={{ padding: 16 }}>
      <div className="no-print">
        <BackLink to="/jury">{S.back}</BackLink>
      </div>
      <Flex vertical gap={8} className="no-print">
        <Alert type="info" title={S.slipsHint} />
        {config.data.warning && <Alert type="warning" title={config.data.warning} />}
        <Checkbox.Group
          value={picked}
          onChange={(v) => setChosen(v as string[])}
          options={eligible.map((j) => ({
            value: j.id,
            label: `${j.name}（${j.categoryLabel}，${j.signInLabel}）`,
          }))}
        />
        <Flex gap={8}>
          <Button
            type="primary"
            disabled={picked.length === 0}
            loading={issue.isPending}
            onClick={() => void issue.submit(picked)}
          >
            {S.slipsSelected(picked.length)}
          </Button>
          {slips && <Button onClick={() => window.print()}>{S.print}</Button>}
        </Flex>
      </Flex>
      {slips && (
        <Flex gap={12} wrap>
          {slips.slips.map((s) => (
            <Slip key={s.jurorId} slip={s} origin={config.data.origin} meeting={slips} />
          ))}
        </Flex>
      )}
    </Flex>
  );
}
