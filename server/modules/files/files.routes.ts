import type { FastifyReply } from 'fastify';
import { notFound } from '../../core/errors.ts';
import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { IMMUTABLE } from '../../http/cache-control.ts';
import type { ModuleContext } from '../module.ts';
import type { FilePublicity } from './file-hooks.ts';
import { publicBlob } from './file-serving.ts';
import { fileParams, hashParams, reuseFlagList, reuseQuery } from './files.schema.ts';
import { type BlobRow, blobInScope, type FileRow } from './files.service.ts';
import { reuseFlags } from './reuse-flags.service.ts';

const tags = ['files'];

const contentDisposition = (file: FileRow) => {
  const ascii = file.originalName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_');
  const kind = file.kind === 'document' ? 'attachment' : 'inline';
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`;
};

function sendBlob(reply: FastifyReply, blob: BlobRow, cacheControl: string) {
  return reply
    .header('content-type', blob.mediaType)
    .header('content-length', blob.byteSize)
    .header('etag', `"${blob.sha256}"`)
    .header('cache-control', cacheControl)
    .header('x-content-type-options', 'nosniff')
    .send(blob.bytes);
}

export async function fileRoutes(app: App, context: ModuleContext) {
  const db = () => app.database.db;
  const publicity: FilePublicity[] = context.modules.flatMap((m) =>
    m.filePublicity ? [m.filePublicity] : [],
  );

  app.get(
    '/public/files/:hash',
    {
      config: { permission: 'public' },
      schema: { tags, summary: '已公开的证明照片（按内容地址，长期缓存）', params: hashParams },
    },
    async (req, reply) => {
      const blob = await publicBlob(db(), req.params.hash, publicity);
      if (!blob) throw notFound('照片');
      if (req.headers['if-none-match'] === `"${blob.sha256}"`) return reply.status(304).send();
      return sendBlob(reply, blob, IMMUTABLE);
    },
  );

  app.get(
    '/files/:id/:variant',
    {
      config: { permission: 'file.read' },
      schema: { tags, summary: '查看或下载文件（照片、附件）', params: fileParams },
    },
    async (req, reply) => {
      const found = await blobInScope(db(), actorOf(req), req.params.id, req.params.variant);
      if (!found) throw notFound('文件');
      reply.header('content-disposition', contentDisposition(found.file));
      return sendBlob(reply, found.blob, 'private, max-age=86400');
    },
  );

  app.get(
    '/files/reuse-flags',
    {
      config: { permission: 'file.review' },
      schema: {
        tags,
        summary: '疑似重复使用的证明照片（同一照片用于不同事项、村或年度）',
        querystring: reuseQuery,
        response: { 200: reuseFlagList },
      },
    },
    async (req) => ({ flags: await reuseFlags(db(), actorOf(req), req.query.campaignId) }),
  );
}
