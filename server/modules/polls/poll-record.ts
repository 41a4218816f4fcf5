import { eq } from 'drizzle-orm';
import type { Scope } from '../../core/actor.ts';
import { wrongPhase } from '../../core/errors.ts';
import type { Queryable } from '../../db/client.ts';
import { townships, villages } from '../../db/schema/index.ts';
import { formatLocalDateTime } from '../../domain/local-time.ts';
import { MEETING_KIND_LABELS } from '../../domain/voting/meeting-kinds.ts';
import type { PollResults } from '../../domain/voting/results.ts';
import { chainHead } from '../audit/chain-head.ts';
import {
  chainHeadParagraph,
  heading,
  labelled as line,
  renderDocx,
  table,
  title,
} from '../documents/docx-kit.ts';
import { meetingInScope } from '../meetings/meetings.service.ts';
import { pollResults } from './poll-results.ts';
import { pollInScope } from './polls.service.ts';

function questionBlock(q: PollResults['questions'][number], i: number) {
  const counts = table(
    ['选项', '电子票', '纸质票', '合计'],
    [
      ...q.options.map((o) => [
        o.score === null ? o.label : `${o.label}（${o.score} 分）`,
        String(o.electronic),
        String(o.paper),
        String(o.votes),
      ]),
      ...(q.blank > 0 ? [['未填此项', '', String(q.blank), String(q.blank)]] : []),
      ['废票', '', String(q.invalid), String(q.invalid)],
    ],
  );
  const satisfaction = q.satisfaction
    ? [
        line(
          '测评得分',
          `${q.satisfaction.score ?? '—'} 分；满意率 ${q.satisfaction.rate === null ? '—' : `${(q.satisfaction.rate * 100).toFixed(2)}%`}`,
        ),
      ]
    : [];
  return [
    heading(`${i + 1}. ${q.label}`),
    counts,
    line('投票数', `${q.cast}（有效票 ${q.valid}）`),
    line('表决结果', q.outcome.verdict),
    line('适用规则', q.outcome.rule),
    ...satisfaction,
  ];
}

/** The certified result as a Chinese .docx record (表决结果记录). */
export async function pollRecordDocx(db: Queryable, scope: Scope, pollId: string): Promise<Buffer> {
  const poll = await pollInScope(db, scope, pollId);
  if (poll.status !== 'certified') throw wrongPhase('只有已确认的表决才能导出表决结果记录');
  const meeting = await meetingInScope(db, scope, poll.meetingId);
  const [village] = await db
    .select({ name: villages.name, timeZone: townships.timeZone })
    .from(villages)
    .innerJoin(townships, eq(townships.id, villages.townshipId))
    .where(eq(villages.id, poll.villageId));
  const formatTime = (d: Date) => formatLocalDateTime(d, village?.timeZone);
  const results = await pollResults(db, poll);
  const people = (names: string[]) => (names.length ? names.join('、') : '—');
  const correction = poll.correctsPollId
    ? [line('更正说明', `本表决更正此前已确认的表决，原因：${poll.correctionReason}`)]
    : [];
  return renderDocx(`${poll.title} 表决结果记录`, [
    title('表决结果记录'),
    line('表决事项', poll.title),
    line('村', village?.name ?? ''),
    line('会议', `${meeting.title}（${MEETING_KIND_LABELS[meeting.kind]}）`),
    line('时间', formatTime(meeting.startsAt)),
    line('地点', meeting.place),
    line('主持人', meeting.host),
    ...(meeting.chair ? [line('主持单位', meeting.chair)] : []),
    line('计票人', people(meeting.counters)),
    line('监票人', people(meeting.scrutineers)),
    line('应到人数', String(results.eligible)),
    line('实到人数', String(results.attendance ?? '未登记')),
    line('法定人数', `${results.quorum.rule}；${results.quorum.met ? '已达到' : '未达到'}`),
    line('表决规则', `${results.rule.name}（第 ${results.rule.version} 版）`),
    line(
      '发票情况',
      `电子选票码 ${results.codesIssued} 个${poll.codesVoided ? `（另作废 ${poll.codesVoided} 个）` : ''}，收回电子票 ${results.ballotsCast} 张；纸质票发出 ${results.paper.issued} 张，收回 ${results.paper.returned} 张，废票 ${results.paper.invalid} 张`,
    ),
    ...correction,
    ...results.questions.flatMap(questionBlock),
    line('记录人确认', poll.clerkCertifiedName ?? ''),
    line('主持人确认', poll.hostCertifiedName ?? ''),
    line('确认时间', poll.certifiedAt ? formatTime(poll.certifiedAt) : ''),
    line('纸质计票', '计票人、监票人当场计票，各自的计票单由两个账号分别录入系统，两份一致后方可确认'),
    heading('签名'),
    // 计票人 and 监票人 have no accounts: they sign the printed record, as do the host and the clerk.
    table(
      ['职责', '姓名', '签名', '日期'],
      [
        ['计票人', people(meeting.counters), '', ''],
        ['监票人', people(meeting.scrutineers), '', ''],
        ['主持人', meeting.host, '', ''],
        ['记录员', poll.clerkCertifiedName ?? '', '', ''],
      ],
    ),
    chainHeadParagraph(await chainHead(db, scope.countyId)),
  ]);
}
