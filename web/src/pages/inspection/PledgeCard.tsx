import { Button, Card, Divider, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { ItemForm } from './ItemForm.tsx';
import { Photos } from './Photos.tsx';
import { removePhoto } from './queries.ts';
import { S } from './strings.ts';
import type { PledgeEntry } from './types.ts';

const { Text, Paragraph } = Typography;

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Flex vertical gap={4}>
      <Text strong style={{ fontSize: 13 }}>
        {title}
      </Text>
      {children}
    </Flex>
  );
}

/** What the team has in hand for one pledge on site, its record, and the form to record it. */
export function PledgeCard({ pledge, canRecord }: { pledge: PledgeEntry; canRecord: boolean }) {
  const [editing, setEditing] = useState(false);
  // Letters are about the village or the cadre, so every pledge of theirs lists them: folded by default.
  const [letters, setLetters] = useState(false);
  const p = pledge;
  const r = p.record;
  const remove = useAppMutation<string, unknown>({
    mutationFn: (fileId) => removePhoto(p.pledgeId, fileId),
    success: S.photoRemoved,
    invalidate: [keys.inspection.all],
  });
  return (
    <Card
      size="small"
      data-testid="inspection-pledge"
      title={
        <Text strong style={{ whiteSpace: 'normal' }}>
          {p.title}
        </Text>
      }
      extra={r ? <Tag color="success">{S.scoreOf(r.itemScore)}</Tag> : <Tag>{S.notInspected}</Tag>}
    >
      <Flex vertical gap={10}>
        <Text type="secondary">{`${S.cadre}：${p.cadreName} · ${S.dueDate}：${p.dueDate}`}</Text>
        <Text type="secondary">{`${S.standard}：${p.completionStandard}`}</Text>
        <Section title={S.latestProgress}>
          {p.latestProgress ? (
            <Text>{`${p.latestProgress.reportDate} ${p.latestProgress.statusLabel} ${p.latestProgress.percent}%：${p.latestProgress.note}`}</Text>
          ) : (
            <Text type="secondary">{S.noProgress}</Text>
          )}
          <Photos photos={p.progressPhotos} size={54} />
        </Section>
        <Section title={S.supervision}>
          {p.supervision.length === 0 ? (
            <Text type="secondary">{S.noSupervision}</Text>
          ) : (
            p.supervision.map((s) => (
              <Paragraph key={s.id} style={{ margin: 0 }} data-testid="inspection-supervision">
                <Tag color={s.assessment === 'on_track' ? 'success' : 'warning'}>{s.assessmentLabel}</Tag>
                {`${s.observedOn} ${s.authorName}：${s.observation}`}
              </Paragraph>
            ))
          )}
        </Section>
        <Section title={S.letters}>
          {p.letters.length === 0 ? (
            <Text type="secondary">{S.noLetters}</Text>
          ) : !letters ? (
            <Button type="link" style={{ padding: 0, alignSelf: 'start' }} onClick={() => setLetters(true)}>
              {S.showLetters(p.letters.length)}
            </Button>
          ) : (
            p.letters.map((l) => (
              <Paragraph key={l.id} style={{ margin: 0 }} data-testid="inspection-letter">
                <Tag>{l.statusLabel}</Tag>
                {`${l.receivedOn} ${S.about(l.about)}：${l.content}`}
                {l.answer ? <Text type="secondary">{`（${S.answer}：${l.answer}）`}</Text> : null}
              </Paragraph>
            ))
          )}
        </Section>
        {r && !editing ? (
          <>
            <Divider style={{ margin: '4px 0' }} />
            <Section title={S.record}>
              <Flex gap={6} wrap>
                <Tag color="blue">{r.statusLabel}</Tag>
                <Tag>{`${S.progress} ${r.progressPercent}%`}</Tag>
                <Tag>{`${S.recognition}：${r.recognitionLabel}`}</Tag>
              </Flex>
              {r.note ? <Text>{r.note}</Text> : null}
              <Photos
                photos={r.photos}
                onRemove={(id) => remove.confirm(id, { title: S.removePhotoConfirm })}
              />
              <Text type="secondary" style={{ fontSize: 12 }}>
                {(r.source === 'paper' ? S.recordByPaper : S.recordBy)(r.recordedByName, r.updatedAt)}
              </Text>
            </Section>
          </>
        ) : null}
        {canRecord && !editing ? (
          <Button type={r ? 'default' : 'primary'} size="large" block onClick={() => setEditing(true)}>
            {r ? S.editRecord : S.inspect}
          </Button>
        ) : null}
        {editing ? <ItemForm pledge={p} onDone={() => setEditing(false)} /> : null}
      </Flex>
    </Card>
  );
}
