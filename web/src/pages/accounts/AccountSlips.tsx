import { Alert, Button, Flex, Modal } from 'antd';
import { publicLink, usePublicConfig } from '../../api/public-config.ts';
import type { Slip } from './queries.ts';
import { S } from './strings.ts';

/** Only the slips are printed, one A4 page holding as many as fit, each cut apart along its border. */
const PRINT_CSS = `
.vp-slip { border: 1px dashed #999; padding: 12px 16px; margin-bottom: 12px; break-inside: avoid; font-size: 11pt; line-height: 1.7; }
.vp-slip h3 { margin: 0 0 6px; font-size: 13pt; }
.vp-slip .vp-secret { font-family: ui-monospace, Consolas, monospace; font-size: 15pt; letter-spacing: 2px; }
@media print {
  @page { size: A4; margin: 15mm; }
  body * { visibility: hidden; }
  .vp-slips, .vp-slips * { visibility: visible; }
  .vp-slips { position: absolute; left: 0; top: 0; width: 100%; }
}`;

/** The printable account slips of accounts just created or reset: first passwords shown this once. */
export function AccountSlips({ slips, onClose }: { slips: Slip[]; onClose: () => void }) {
  const config = usePublicConfig();
  const where = config.data ? publicLink(config.data, '/login') : `${window.location.origin}/login`;
  return (
    <Modal
      open={slips.length > 0}
      title={S.slipsTitle}
      onCancel={onClose}
      width={720}
      footer={
        <Flex gap={8} justify="end">
          <Button onClick={onClose}>{S.close}</Button>
          <Button type="primary" onClick={() => window.print()}>
            {S.print}
          </Button>
        </Flex>
      }
    >
      <style>{PRINT_CSS}</style>
      <Alert type="warning" showIcon title={S.slipsOnce} style={{ marginBottom: 12 }} />
      {config.data?.warning ? (
        <Alert type="error" showIcon title={config.data.warning} style={{ marginBottom: 12 }} />
      ) : null}
      <div className="vp-slips">
        {slips.map(({ account, firstPassword }) => (
          <div className="vp-slip" key={account.id} data-testid="account-slip">
            <h3>{S.slipHeading}</h3>
            <div>
              {S.slipName}：{account.displayName}（{account.orgName}）
            </div>
            <div>
              {S.slipRole}：{account.roleLabel}
            </div>
            <div>
              {S.slipUsername}：<span className="vp-secret">{account.username}</span>
            </div>
            <div>
              {S.slipPassword}：<span className="vp-secret">{firstPassword}</span>
            </div>
            <div>
              {S.slipWhere}：<span className="vp-secret">{where}</span>
            </div>
            <div>{S.slipNote}</div>
          </div>
        ))}
      </div>
    </Modal>
  );
}
