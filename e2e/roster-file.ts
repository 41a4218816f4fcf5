import ExcelJS from 'exceljs';

export type RosterLine = (string | number | Date | null)[];

/**
 * Adds lines to the downloaded template's sheet below the rows it came with (examples, or the
 * township's villages) and returns the bytes.
 */
export async function fillTemplate(template: Buffer, lines: RosterLine[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    template.buffer.slice(template.byteOffset, template.byteOffset + template.byteLength) as ArrayBuffer,
  );
  const sheet = workbook.getWorksheet('名册') ?? workbook.worksheets[0];
  if (!sheet) throw new Error('template has no sheet');
  let row = 2;
  while (String(sheet.getCell(row, 1).value ?? '') !== '') row++;
  for (const line of lines) {
    line.forEach((value, i) => {
      sheet.getCell(row, i + 1).value = value;
    });
    row++;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function headerOf(template: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    template.buffer.slice(template.byteOffset, template.byteOffset + template.byteLength) as ArrayBuffer,
  );
  const sheet = workbook.getWorksheet('名册') ?? workbook.worksheets[0];
  const values = (sheet?.getRow(1).values ?? []) as unknown[];
  return values.slice(1).map((v) => String(v ?? ''));
}
