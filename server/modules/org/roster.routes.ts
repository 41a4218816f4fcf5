import { badRequest } from '../../core/errors.ts';
import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { useCase } from '../../http/use-case.ts';
import { importQuery } from './org.schema.ts';
import { rosterImportResult } from './roster.schema.ts';
import { importRoster, readRosterFile } from './roster.service.ts';
import { rosterTemplateRows } from './roster.template.ts';
import { buildRosterTemplate, XLSX_TYPE } from './roster.workbook.ts';

const IMPORT_LIMIT = 8 * 1024 * 1024;
const TEMPLATE_NAME = encodeURIComponent('村干部名册模板.xlsx');

/** Roster template download and .xlsx import; the raw-bytes body parser is scoped to these routes. */
export async function rosterRoutes(app: App) {
  app.addContentTypeParser(
    [XLSX_TYPE, 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: IMPORT_LIMIT },
    (_req, body, done) => done(null, body),
  );

  app.get(
    '/roster/template.xlsx',
    {
      config: { permission: 'org.read' },
      schema: { tags: ['org'], summary: '下载村干部名册模板（.xlsx，已填好本乡镇现有的村和现任村干部）' },
    },
    async (req, reply) => {
      const bytes = await buildRosterTemplate(await rosterTemplateRows(app.database.db, actorOf(req).scope));
      return reply
        .header('content-type', XLSX_TYPE)
        .header(
          'content-disposition',
          `attachment; filename="roster-template.xlsx"; filename*=UTF-8''${TEMPLATE_NAME}`,
        )
        .send(bytes);
    },
  );

  app.post(
    '/roster/import',
    {
      config: { permission: 'org.write' },
      schema: {
        tags: ['org'],
        summary: '导入村干部名册（请求体为 .xlsx 文件内容；dryRun=true 仅预览）',
        querystring: importQuery,
        response: { 200: rosterImportResult },
      },
    },
    async (req) => {
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
        throw badRequest('file', '请上传 .xlsx 格式的名册文件');
      }
      const rows = await readRosterFile(req.body);
      return useCase(req, (tx, actor) => importRoster(tx, actor, rows, req.query.dryRun === 'true'));
    },
  );
}
