import { Alert, Button, Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useMyMeeting } from './queries.ts';
import { P } from './strings.ts';

/** A juror's home card: the meeting they sit on and the way to the scoring page. */
export function JurorHome() {
  const mine = useMyMeeting();
  if (mine.isPending) return <FullPageSpin />;
  if (mine.isError) return <LoadError error={mine.error} />;
  const seat = mine.data.meeting;
  return (
    <Card title={P.title} size="small" data-testid="juror-home">
      {seat ? (
        <Flex vertical gap={8}>
          <Typography.Text strong>{seat.title}</Typography.Text>
          <Typography.Text type="secondary">{`${seat.heldAtText} · ${seat.place} · ${seat.statusLabel}`}</Typography.Text>
          <Link to="/juror">
            <Button type="primary" block>
              {P.title}
            </Button>
          </Link>
        </Flex>
      ) : (
        <Alert type="info" title={P.none} />
      )}
    </Card>
  );
}
