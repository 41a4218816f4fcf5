import { Tag } from 'antd';
import { LETTER_STATUS_LABELS, type LetterStatus } from '../../../../server/domain/letters.ts';
import { S } from './strings.ts';

const COLORS: Record<LetterStatus, string> = {
  received: 'gold',
  assigned: 'blue',
  answered: 'cyan',
  closed: 'green',
};

export function StatusTag({ status, overdue }: { status: LetterStatus; overdue?: boolean }) {
  return (
    <>
      <Tag color={COLORS[status]}>{LETTER_STATUS_LABELS[status]}</Tag>
      {overdue ? (
        <Tag color="red" data-testid="overdue-tag">
          {S.overdueTag}
        </Tag>
      ) : null}
    </>
  );
}

/** Whom a letter is about, in words: 愚公村 · 李建国, or the publication objected to. */
export function aboutText(l: {
  villageName: string | null;
  personName: string | null;
  publicationTitle?: string | null;
}) {
  const parts = [
    l.villageName,
    l.personName ?? (l.publicationTitle ? `公示异议：${l.publicationTitle}` : null),
  ];
  return parts.filter(Boolean).join(' · ') || '—';
}
