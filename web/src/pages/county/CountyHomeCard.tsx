import { Button, Card, Typography } from 'antd';
import { Link } from 'react-router';
import { useCountyOverview } from './queries.ts';
import { S } from './strings.ts';

/** The county viewer's home card: how many townships have submitted the latest year, and the way in. */
export function CountyHomeCard() {
  const overview = useCountyOverview(undefined);
  const d = overview.data;
  const submitted = d?.townships.filter((t) => t.submission !== null).length ?? 0;
  return (
    <Card
      title={S.home.title}
      size="small"
      extra={
        <Link to="/county">
          <Button type="primary">{S.home.open}</Button>
        </Link>
      }
    >
      <Typography.Text>
        {d && d.year !== null && submitted > 0
          ? S.home.latest(d.year, submitted, d.townships.length)
          : S.home.nothing}
      </Typography.Text>
    </Card>
  );
}
