import { Alert, App, Button, Result, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { groupCode, normalizeCode } from '../../../../server/domain/voting/ballot-code.ts';
import { PrintSheet, pagesOf } from './PrintSheet.tsx';
import { usePoll } from './queries.ts';
import { dropCodes, heldCodes } from './slip-store.ts';
import { S } from './strings.ts';

const L = S.slips;
/** 3 × 7 slips inside printer-safe margins (print.css .vp-slips). */
const PER_PAGE = 21;

/** The slip's link: the configured public address (VP_PUBLIC_URL) the server gave with the codes. */
const voteUrl = (origin: string, code: string) => `${origin}/vote#${code}`;

/** SVG data URLs of each code's QR (crisp at any print resolution). */
function useQrImages(codes: string[], origin: string): Map<string, string> {
  const [images, setImages] = useState(new Map<string, string>());
  useEffect(() => {
    let cancelled = false;
    void Promise.all(
      codes.map(async (code) => {
        const svg = await QRCode.toString(voteUrl(origin, code), {
          type: 'svg',
          errorCorrectionLevel: 'M',
          margin: 1,
        });
        return [code, `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`] as const;
      }),
    ).then((pairs) => {
      if (!cancelled) setImages(new Map(pairs));
    });
    return () => {
      cancelled = true;
    };
  }, [codes, origin]);
  return images;
}

function Slip({ code, title, host, image }: { code: string; title: string; host: string; image?: string }) {
  const printed = groupCode(normalizeCode(code) ?? code);
  return (
    <div className="vp-slip" data-code={code}>
      {image ? <img src={image} alt={printed} /> : <div style={{ width: '24mm' }} />}
      <div className="vp-slip-text">
        <div className="vp-slip-title">{title}</div>
        <div>{L.howTo}</div>
        <div>{L.orType(`${host}/vote`)}</div>
        <div className="vp-slip-code">{printed}</div>
        <div>{L.secret}</div>
      </div>
    </div>
  );
}

/** The QR slip sheet: A4, 3 × 7 slips, each a one-time code shown only now. */
export function CodeSlipsPage() {
  const { pollId = '' } = useParams();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const poll = usePoll(pollId);
  const [held] = useState(() => heldCodes(pollId));
  const codes = held?.codes ?? [];
  const origin = held?.address.origin ?? window.location.origin;
  const host = new URL(origin).host;
  const images = useQrImages(codes, origin);
  // The previous page's toasts (已开始投票 …) would cover the sheet's warnings: clear them.
  useEffect(() => message.destroy(), [message]);
  useEffect(() => {
    if (codes.length === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      dropCodes();
    };
  }, [codes]);
  const back = () => navigate(`/meetings/polls/${pollId}`);
  if (codes.length === 0) {
    return (
      <Result
        status="info"
        title={L.title}
        subTitle={L.gone}
        extra={<Button onClick={back}>{L.back}</Button>}
      />
    );
  }
  const title = poll.data?.title ?? '';
  const pages = pagesOf(codes, PER_PAGE);
  const leave = () =>
    modal.confirm({ title: L.leaveConfirm, okText: S.page.ok, cancelText: S.page.cancel, onOk: back });
  const warning = held?.address.warning ?? null;
  // Before printing: slips pointing at an unset or loopback address cannot be opened by phones.
  const print = () => {
    if (!warning) return window.print();
    modal.confirm({
      title: L.addressTitle,
      content: warning,
      okText: L.printAnyway,
      cancelText: S.page.cancel,
      onOk: () => window.print(),
    });
  };
  return (
    <PrintSheet
      onBack={leave}
      backLabel={L.back}
      printLabel={L.print}
      onPrint={print}
      toolbar={
        <Typography.Text strong>
          {L.batch(held?.batch ?? 1)}
          {L.count(codes.length, pages.length, PER_PAGE)}
        </Typography.Text>
      }
      notices={
        <>
          {warning && (
            <Alert
              type="error"
              showIcon
              title={L.addressTitle}
              description={warning}
              data-testid="public-address-warning"
            />
          )}
          <Alert type="warning" showIcon title={L.onlyOnce} />
        </>
      }
    >
      {pages.map((page, i) => (
        <div className="vp-a4 vp-slips" key={page[0] ?? i}>
          {page.map((code) => (
            <Slip key={code} code={code} title={title} host={host} image={images.get(code)} />
          ))}
        </div>
      ))}
    </PrintSheet>
  );
}
