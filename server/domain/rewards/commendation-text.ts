/**
 * 评选表彰 (DESIGN §2.5): the suggested text of a year's commendation notice (表彰决定) in
 * official-document form, and the line that names the honourees. Pure; the office edits the text
 * before issuing it.
 */
export type HonoureeLine = { name: string; villageName: string; posts: readonly string[] };

export type NoticeText = { title: string; recipients: string; body: string; signature: string };

export const commendationTitle = (year: number, grade: string) => `关于表彰${year}年度${grade}村干部的决定`;

/** '北山村 张三（党支部书记）、…': how the notice and the board name each honouree. */
export const honoureeNames = (list: readonly HonoureeLine[]) =>
  list.map((h) => `${h.villageName}${h.name}（${h.posts.join('、')}）`).join('、');

export function suggestedNotice(
  township: string,
  year: number,
  grade: string,
  honourees: readonly HonoureeLine[],
): NoticeText {
  const names = honourees.map((h) => `${h.name}同志`).join('、');
  const opening =
    `${year}年度，全乡各村干部围绕年初向群众作出的公开承诺，认真履职、真抓实干，较好地完成了各项工作任务。` +
    `根据村干部承诺考评活动实施方案，经村级民主测评、乡集中述职评议和实地考核，乡党委、政府审核确认了年度考评结果。`;
  const decision =
    honourees.length > 0
      ? `为树立典型、激励先进，经乡党委、政府研究，决定对${names}等 ${honourees.length} 名年度考评等次为“${grade}”的村干部予以通报表彰，并按规定兑现绩效报酬。`
      : `本年度没有考评等次为“${grade}”的村干部。`;
  const closing =
    '希望受表彰的同志珍惜荣誉、再接再厉，继续发挥示范带头作用；全乡广大村干部要以先进为榜样，践行承诺、服务群众，为推进乡村全面振兴作出新的更大贡献。';
  return {
    title: commendationTitle(year, grade),
    recipients: '各村党组织、村民委员会：',
    body: [opening, decision, closing].join('\n'),
    signature: `中共${township}委员会\n${township}人民政府`,
  };
}

/** The text a 表彰决定 publication freezes: the body, then who is commended. */
export const publicationText = (body: string, grade: string, honourees: readonly HonoureeLine[]) =>
  `${body.trim()}\n受表彰的${grade}村干部（${honourees.length} 名）：${honoureeNames(honourees)}。`;
