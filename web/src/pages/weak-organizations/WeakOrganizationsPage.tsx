import { YearPage } from '../../shared/YearPage.tsx';
import { S } from './strings.ts';
import { WeakOrganizationsCard } from './WeakOrganizationsCard.tsx';

/** Years whose results can list villages: 奖惩 and archived years (rectification outlives the year). */
const SHOWN = ['evaluation', 'sanctions', 'archived'];

/** 软弱涣散村级组织整顿: the chosen year's listed villages and the villages its results point to. */
export function WeakOrganizationsPage() {
  return (
    <YearPage
      title={S.title}
      labels={S}
      shows={(c) => SHOWN.includes(c.phase)}
      // The newest year that has results confirmed is usually the one being rectified: sanctions or archived.
      initial={(years) => years.find((c) => c.phase !== 'evaluation') ?? years[0]}
    >
      {(campaign) => <WeakOrganizationsCard campaignId={campaign.id} />}
    </YearPage>
  );
}
