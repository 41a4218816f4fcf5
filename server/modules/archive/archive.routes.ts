import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { useCase } from '../../http/use-case.ts';
import type { ModuleContext } from '../module.ts';
import { archiveParams, archiveView } from './archive.schema.ts';
import {
  buildArchivePackage,
  archiveView as readArchiveView,
  temporaryPackagePath,
} from './archive.service.ts';

const tags = ['archive'];

export async function archiveRoutes(app: App, { modules }: ModuleContext) {
  const db = () => app.database.db;

  app.get(
    '/campaigns/:id/archive',
    {
      config: { permission: 'campaign.read' },
      schema: {
        tags,
        summary: '年度归档包（封存值、可否下载、已下载记录）',
        params: archiveParams,
        response: { 200: archiveView },
      },
    },
    async (req) => readArchiveView(db(), actorOf(req), req.params.id),
  );

  app.get(
    '/campaigns/:id/archive.zip',
    {
      config: { permission: 'archive.download' },
      schema: {
        tags,
        summary: '下载年度归档包（.zip：记录、文书、证明材料和校验清单）',
        params: archiveParams,
      },
    },
    async (req, reply) => {
      // Built into a temporary file inside the request's transaction (the download is audited with
      // the manifest's hash), then streamed from disk: memory holds one entry at a time, not the year.
      const path = temporaryPackagePath();
      const remove = () => void rm(path, { force: true });
      const built = await useCase(req, (tx, actor) =>
        buildArchivePackage(tx, actor, req.params.id, modules, path),
      ).catch((error: unknown) => {
        remove();
        throw error;
      });
      const stream = createReadStream(path);
      stream.on('close', remove);
      return reply
        .header('content-type', 'application/zip')
        .header('content-length', built.bytes)
        .header('x-manifest-sha256', built.manifestSha256)
        .header(
          'content-disposition',
          `attachment; filename="archive-${built.manifestSha256.slice(0, 12)}.zip"; filename*=UTF-8''${encodeURIComponent(built.fileName)}`,
        )
        .send(stream);
    },
  );
}
