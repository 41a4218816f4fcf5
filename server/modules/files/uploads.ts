import { createHash } from 'node:crypto';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError, badRequest } from '../../core/errors.ts';
import { sanitizeFileName } from '../../domain/files/file-name.ts';
import type { App } from '../../http/app.ts';
import { processPhoto } from './photo.ts';
import { sniff } from './sniff.ts';

/** One file field of a form: what it takes, how many and how large (checked while the bytes stream in). */
export type UploadField = {
  name: string;
  /** Its Chinese name in refusals, e.g. '照片'. */
  label: string;
  kind: 'photo' | 'document';
  maxFiles: number;
  maxBytes: number;
};

export const MB = 1024 * 1024;
export const PHOTO_MAX_BYTES = 15 * MB;
export const DOCUMENT_MAX_BYTES = 20 * MB;
export const photosField = (maxFiles = 6): UploadField => ({
  name: 'photos',
  label: '照片',
  kind: 'photo',
  maxFiles,
  maxBytes: PHOTO_MAX_BYTES,
});
export const documentsField = (maxFiles = 3): UploadField => ({
  name: 'documents',
  label: '附件',
  kind: 'document',
  maxFiles,
  maxBytes: DOCUMENT_MAX_BYTES,
});

export type BlobToStore = {
  variant: 'display' | 'thumb' | 'original';
  mediaType: string;
  bytes: Buffer;
  sha256: string;
};

/** An upload checked and converted, ready to be stored inside the use case's transaction. */
export type PreparedFile = {
  field: string;
  kind: 'photo' | 'document';
  mediaType: string;
  originalName: string;
  sourceSha256: string;
  width: number | null;
  height: number | null;
  perceptualHash: string | null;
  /** The main copy first (a photo's display copy, a document itself). */
  blobs: BlobToStore[];
};

export type ParsedForm = { fields: Record<string, string>; files: PreparedFile[] };

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const MAX_TEXT_FIELDS = 20;
const MAX_TEXT_BYTES = 10_000;

/** Streamed multipart for the routes of the module that calls this (registered in its own context). */
export async function registerUploads(app: App) {
  await app.register(fastifyMultipart, {
    limits: {
      fileSize: DOCUMENT_MAX_BYTES + 1,
      files: 12,
      fields: MAX_TEXT_FIELDS,
      fieldSize: MAX_TEXT_BYTES,
      parts: 40,
      headerPairs: 100,
    },
  });
}

/**
 * Reads a multipart form: its text fields and its files, each file checked by content and (photos)
 * re-encoded without metadata. Runs BEFORE the use case's transaction: a slow phone upload never
 * holds a transaction (PGlite serializes them). Every refusal is a 400 naming the field; nothing is
 * stored, since storing happens only afterwards (storeUploads).
 */
export async function readUploads(req: FastifyRequest, fileFields: UploadField[]): Promise<ParsedForm> {
  const first = fileFields[0]!;
  if (!req.isMultipart())
    throw badRequest(first.name, `请选择${first.label}后以表单方式提交`, 'NOT_MULTIPART');
  const fields: Record<string, string> = {};
  const received: { field: UploadField; name: string; bytes: Buffer }[] = [];
  try {
    for await (const part of req.parts()) {
      if (part.type === 'field') {
        if (typeof part.value !== 'string' || part.valueTruncated) {
          throw badRequest(part.fieldname, '填写的内容太长', 'FIELD_TOO_LONG');
        }
        fields[part.fieldname] = part.value;
        continue;
      }
      const field = fileFields.find((f) => f.name === part.fieldname);
      if (!field) {
        part.file.resume();
        throw badRequest(part.fieldname, '表单中有不认识的文件栏目', 'UNKNOWN_FILE_FIELD');
      }
      if (received.filter((r) => r.field === field).length >= field.maxFiles) {
        part.file.resume();
        throw badRequest(field.name, `${field.label}最多 ${field.maxFiles} 个`, 'TOO_MANY_FILES');
      }
      received.push({ field, name: part.filename, bytes: await readLimited(part.file, field) });
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw multipartRefusal(error, first);
  }
  const files: PreparedFile[] = [];
  // One at a time: a request's photos never decode in parallel (bounded memory).
  for (const r of received) files.push(await prepareFile(r.field, r.name, r.bytes));
  return { fields, files };
}

/** The file's bytes, refused the moment they pass the field's limit (the rest is not kept). */
async function readLimited(stream: AsyncIterable<Buffer> & { resume(): void }, field: UploadField) {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > field.maxBytes) {
      stream.resume();
      throw badRequest(field.name, `${field.label}不能超过 ${field.maxBytes / MB} MB`, 'FILE_TOO_LARGE');
    }
    chunks.push(chunk);
  }
  if (size === 0) throw badRequest(field.name, `${field.label}是空文件`, 'EMPTY_FILE');
  return Buffer.concat(chunks);
}

function multipartRefusal(error: unknown, first: UploadField): AppError {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return badRequest(first.name, `文件不能超过 ${DOCUMENT_MAX_BYTES / MB} MB`, 'FILE_TOO_LARGE');
  }
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return badRequest(first.name, '一次上传的文件或栏目过多', 'TOO_MANY_FILES');
  }
  return badRequest(first.name, '上传的内容不完整，请重新提交', 'BAD_MULTIPART');
}

const PHOTO_FORMATS = 'JPEG、PNG 或 WebP';

/** One file checked by content and converted (photos) like an upload: for demo data and imports. */
export async function prepareFile(field: UploadField, rawName: string, bytes: Buffer): Promise<PreparedFile> {
  const found = sniff(bytes);
  const base = { field: field.name, sourceSha256: sha256(bytes) };
  if (field.kind === 'photo') {
    if (found.kind === 'heic') {
      throw badRequest(
        field.name,
        `${field.label}是 HEIC 格式，请在手机相机设置中改用“兼容性最佳”（JPEG）后重新拍摄`,
        'WRONG_TYPE',
      );
    }
    if (found.kind !== 'photo') {
      throw badRequest(
        field.name,
        `${field.label}须为 ${PHOTO_FORMATS} 格式的图片，所选文件不是图片`,
        'WRONG_TYPE',
      );
    }
    const photo = await processPhoto(bytes, field.name, field.label);
    const name = sanitizeFileName(rawName, '照片').replace(/\.[^.]*$/, '');
    return {
      ...base,
      kind: 'photo',
      mediaType: 'image/jpeg',
      originalName: `${name || '照片'}.jpg`,
      width: photo.width,
      height: photo.height,
      perceptualHash: photo.perceptualHash,
      blobs: [
        { variant: 'display', mediaType: 'image/jpeg', bytes: photo.display, sha256: sha256(photo.display) },
        { variant: 'thumb', mediaType: 'image/jpeg', bytes: photo.thumb, sha256: sha256(photo.thumb) },
      ],
    };
  }
  if (found.kind !== 'document') {
    const hint = found.kind === 'photo' ? '；照片请在“照片”处上传' : '';
    throw badRequest(
      field.name,
      `${field.label}须为 PDF、Word（.docx）或 Excel（.xlsx）文件${hint}`,
      'WRONG_TYPE',
    );
  }
  const stem = sanitizeFileName(rawName, '附件').replace(/\.[^.]*$/, '') || '附件';
  return {
    ...base,
    kind: 'document',
    mediaType: found.mediaType,
    // The extension follows the content, so a download opens in the right program.
    originalName: `${stem}.${found.extension}`,
    width: null,
    height: null,
    perceptualHash: null,
    blobs: [{ variant: 'original', mediaType: found.mediaType, bytes, sha256: base.sourceSha256 }],
  };
}
