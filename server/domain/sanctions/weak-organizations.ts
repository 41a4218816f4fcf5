/**
 * 软弱涣散村级组织 (DESIGN §2.5): villages listed for rectification from the year's results: a
 * village with a cadre graded 不合格, or whose best-placed cadre ranks among the township's last
 * `bottomCount` (a township's own cut-off; 0 lists by failure alone).
 */
export type RankedCadre = { villageId: string; grade: string | null; rank: number | null };
export type WeakReason = 'failed_cadre' | 'bottom_rank';

export const WEAK_REASON_LABELS: Record<WeakReason, string> = {
  failed_cadre: '有村干部年度考评不合格',
  bottom_rank: '村干部综合排名靠后',
};

export function weakVillages(
  cadres: readonly RankedCadre[],
  failGrade: string,
  bottomCount: number,
): Map<string, WeakReason[]> {
  const ranked = cadres.filter((c) => c.rank !== null);
  const worst = Math.max(0, ...ranked.map((c) => c.rank!));
  const cutoff = worst - bottomCount;
  const result = new Map<string, WeakReason[]>();
  const add = (villageId: string, reason: WeakReason) => {
    const reasons = result.get(villageId) ?? [];
    if (!reasons.includes(reason)) result.set(villageId, [...reasons, reason]);
  };
  for (const c of cadres) if (c.grade === failGrade) add(c.villageId, 'failed_cadre');
  const best = new Map<string, number>();
  for (const c of ranked) best.set(c.villageId, Math.min(best.get(c.villageId) ?? Infinity, c.rank!));
  if (bottomCount > 0) for (const [villageId, rank] of best) if (rank > cutoff) add(villageId, 'bottom_rank');
  return result;
}
