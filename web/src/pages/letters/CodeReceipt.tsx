import { Button, Flex, Typography } from 'antd';
import { formatLocalDate } from '../../../../server/domain/local-time.ts';
import { publicLink, usePublicConfig } from '../../api/public-config.ts';
import { S } from './strings.ts';

/** The code of a paper letter, shown once, with a receipt to print for the writer. */
export function CodeReceipt({
  code,
  receivedOn,
  onDone,
}: {
  code: string;
  receivedOn: string;
  onDone: () => void;
}) {
  const config = usePublicConfig().data;
  const url = config ? publicLink(config, '/letters/follow') : '/letters/follow';
  return (
    <div className="letter-receipt">
      <Typography.Paragraph className="no-print">{S.codeHelp}</Typography.Paragraph>
      <div className="print-only">
        <Typography.Title level={4}>{S.receiptTitle}</Typography.Title>
      </div>
      <Typography.Text type="secondary">{S.receiptCode}</Typography.Text>
      <Typography.Title
        level={2}
        copyable
        data-testid="paper-letter-code"
        style={{ fontFamily: 'monospace', marginTop: 4 }}
      >
        {code}
      </Typography.Title>
      <Typography.Paragraph>{S.receiptDate(formatLocalDate(receivedOn))}</Typography.Paragraph>
      <Typography.Paragraph>{S.receiptHow(url)}</Typography.Paragraph>
      <Flex gap={8} justify="end" className="no-print">
        <Button onClick={() => window.print()}>{S.print}</Button>
        <Button type="primary" onClick={onDone}>
          {S.done}
        </Button>
      </Flex>
    </div>
  );
}
