import { Alert, Button, Card, Collapse, Flex, InputNumber, Result, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useMyMeeting } from './queries.ts';
import { rowState } from './score-sheet.ts';
import { P } from './strings.ts';
import type { MyMeeting } from './types.ts';

type Seat = NonNullable<MyMeeting['meeting']>;
type Current = NonNullable<Seat['current']>;

const big = { fontSize: 28, height: 56, width: '100%' } as const;

function ScoreForm({ seat, current }: { seat: Seat; current: Current }) {
  const criteria = seat.subCriteria;
  const [total, setTotal] = useState<number | null>(null);
  const [parts, setParts] = useState<(number | null)[]>(criteria.map(() => null));
  const state = rowState({ total, parts }, criteria);
  const sum = state.total ?? 0;
  const ready = state.ready;
  const submit = useAppMutation({
    mutationFn: () =>
      api.post<{ total: number }>(`/api/jury/meetings/${seat.id}/scores`, {
        reporterId: current.reporterId,
        ...(criteria.length ? { parts } : { total }),
      }),
    invalidate: [keys.jury.mine],
    success: P.submitted,
    errorTitle: P.title,
  });
  return (
    <Flex vertical gap={12}>
      {criteria.length === 0 ? (
        <Flex vertical gap={4}>
          <Typography.Text>{P.score}</Typography.Text>
          <InputNumber
            aria-label={P.score}
            inputMode="decimal"
            min={0}
            max={100}
            precision={2}
            value={total}
            onChange={setTotal}
            style={big}
          />
        </Flex>
      ) : (
        criteria.map((c, i) => (
          <Flex vertical gap={4} key={c.name}>
            <Typography.Text>{`${c.name}（0–${c.maxScore} 分）`}</Typography.Text>
            <InputNumber
              aria-label={c.name}
              inputMode="decimal"
              min={0}
              max={c.maxScore}
              precision={2}
              value={parts[i]}
              onChange={(v) => setParts((ps) => ps.map((p, j) => (j === i ? v : p)))}
              style={big}
            />
          </Flex>
        ))
      )}
      {criteria.length > 0 && <Typography.Text strong>{`${P.total}：${sum}`}</Typography.Text>}
      <Button
        type="primary"
        size="large"
        block
        disabled={!ready}
        loading={submit.isPending}
        onClick={() => submit.confirm(undefined, { title: P.submitConfirm(sum) })}
      >
        {P.submit}
      </Button>
    </Flex>
  );
}

function CurrentCard({ seat, current }: { seat: Seat; current: Current }) {
  return (
    <Card data-testid="juror-current">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{P.reporter(current.position, seat.reporterCount)}</Typography.Text>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {current.name}
        </Typography.Title>
        <Typography.Text>{`${current.villageName} · ${current.posts}`}</Typography.Text>
        {current.recused ? (
          <Alert
            type="warning"
            showIcon
            title={<span style={{ fontSize: 24 }}>{P.recused}</span>}
            description={P.recusedHint}
          />
        ) : current.mine ? (
          <Alert type="success" showIcon title={P.yourScore(current.mine.total)} />
        ) : current.allowedActions.includes('score') ? (
          <ScoreForm key={current.reporterId} seat={seat} current={current} />
        ) : null}
      </Flex>
    </Card>
  );
}

function Declare({ seat }: { seat: Seat }) {
  const declare = useAppMutation({
    mutationFn: (villageId: string) =>
      api.post<MyMeeting>(`/api/jury/meetings/${seat.id}/ties`, { villageId }),
    invalidate: [keys.jury.mine],
    success: P.declared,
  });
  return (
    <Collapse
      items={[
        {
          key: 'declare',
          label: P.declare,
          children: (
            <Flex vertical gap={8}>
              <Typography.Text type="secondary">{P.declareHint}</Typography.Text>
              {seat.villages.map((v) => (
                <Flex key={v.id} justify="space-between" align="center">
                  <span>{v.name}</span>
                  {v.tied ? (
                    <Tag>{P.tied}</Tag>
                  ) : (
                    <Button
                      size="small"
                      disabled={!v.canDeclare}
                      onClick={() => declare.confirm(v.id, { title: `${P.declareTitle}：${v.name}` })}
                    >
                      {P.declare}
                    </Button>
                  )}
                </Flex>
              ))}
            </Flex>
          ),
        },
      ]}
    />
  );
}

/** The juror's phone (375 px): the current reporter and one score, submitted once; 回避 when tied. */
export function JurorPage() {
  const mine = useMyMeeting();
  if (mine.isPending) return <FullPageSpin />;
  if (mine.isError) return <LoadError error={mine.error} onRetry={() => void mine.refetch()} />;
  const seat = mine.data.meeting;
  if (!seat) return <Result status="info" title={P.none} />;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 480, margin: '0 auto' }}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {seat.title}
      </Typography.Title>
      <Typography.Text type="secondary">
        {`${seat.jurorName}（${seat.categoryLabel}） · ${seat.heldAtText} · ${seat.place}`}
      </Typography.Text>
      {seat.status === 'setup' && <Alert type="info" title={P.notStarted} />}
      {seat.status === 'running' && !seat.current && <Alert type="info" title={P.noCurrent} />}
      {seat.current && <CurrentCard seat={seat} current={seat.current} />}
      <Typography.Text type="secondary">
        {P.scoredCount(seat.scoredCount, seat.reporterCount)}
      </Typography.Text>
      <Declare seat={seat} />
    </Flex>
  );
}
