import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pledgeSets, pledges } from '../../db/schema/index.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { FONT_FALLBACKS, FONTS } from '../documents/docx-kit.ts';
import { addPledges, demoCampaignInPledging, participantIds, setIdOf } from './pledges.test-support.ts';

let t: TestContext;
let files: { document: string; fonts: string };

/** The text of each paragraph (w:p) in order, tables included. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(''),
  );

beforeAll(async () => {
  t = await createTestContext();
  const campaignId = await demoCampaignInPledging(t);
  const cadre = await t.as('cadre');
  const participantId = (await participantIds(t, campaignId)).李建国!;
  await addPledges(cadre, participantId, ['新修村组水泥路2.5公里', '安装太阳能路灯50盏']);
  const setId = await setIdOf(cadre, participantId);
  await t.database.db
    .update(pledgeSets)
    .set({ status: 'approved', approvedAt: new Date('2027-04-08T02:00:00Z') })
    .where(eq(pledgeSets.id, setId));
  await t.database.db.update(pledges).set({ status: 'confirmed' }).where(eq(pledges.setId, setId));
  const res = await cadre.get(`/api/pledge-sets/${setId}/letter.docx`);
  expect(res.statusCode).toBe(200);
  const zip = await JSZip.loadAsync(res.rawPayload);
  files = {
    document: await zip.file('word/document.xml')!.async('string'),
    fonts: await zip.file('word/fontTable.xml')!.async('string'),
  };
});
afterAll(() => t.close());

describe('the 承诺书 (.docx)', () => {
  it('says 以上事项 after the table it means, and 以下事项 before it', () => {
    const text = paragraphs(files.document);
    const tableAt = files.document.indexOf('<w:tbl>');
    expect(tableAt).toBeGreaterThan(0);
    expect(files.document.indexOf('以下事项')).toBeLessThan(tableAt);
    expect(files.document.indexOf('以上事项')).toBeGreaterThan(files.document.indexOf('</w:tbl>'));
    const road = text.indexOf('新修村组水泥路2.5公里');
    expect(road).toBeGreaterThan(text.findIndex((p) => p.includes('以下事项')));
    expect(road).toBeLessThan(text.findIndex((p) => p.startsWith('以上事项')));
  });

  it('writes dates without spaces: title year, due dates and the approval day', () => {
    const text = paragraphs(files.document).join('\n');
    expect(text).toContain('2027年度村官承诺书');
    expect(text).toContain('2027年11月30日');
    expect(text).toContain('2027年4月8日');
    expect(text).not.toMatch(/\d 年|年 \d|\d 月|月 \d|\d 日/);
  });

  it('sets the title in 方正小标宋简体, headers in 黑体, the body in 仿宋_GB2312, Latin in Times New Roman', () => {
    const titleRun = files.document.slice(0, files.document.indexOf('2027年度村官承诺书'));
    expect(titleRun.slice(titleRun.lastIndexOf('<w:r>'))).toContain(`w:eastAsia="${FONTS.title}"`);
    expect(files.document).toContain(`w:eastAsia="${FONTS.heading}"`);
    expect(files.document).toContain(`w:eastAsia="${FONTS.body}"`);
    expect(files.document).toContain(`w:ascii="${FONTS.latin}"`);
    expect(files.document).not.toContain('SimSun');
  });

  it('names a fallback of the same kind for each Chinese font in the font table', () => {
    expect(Object.keys(FONT_FALLBACKS).sort()).toEqual([FONTS.title, FONTS.heading, FONTS.body].sort());
    for (const [name, fallback] of Object.entries(FONT_FALLBACKS)) {
      const entry = files.fonts.match(new RegExp(`<w:font w:name="${name}">[\\s\\S]*?</w:font>`))?.[0];
      expect(entry, name).toBeDefined();
      expect(entry).toContain(`<w:altName w:val="${fallback.altName}"/>`);
      expect(entry).toContain('<w:charset w:val="86"/>');
    }
    expect(FONT_FALLBACKS[FONTS.body]!.altName).toBe('FangSong');
  });
});
