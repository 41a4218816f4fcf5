import type { FastifyReply } from 'fastify';
import type { GeneratedFile } from './rewards-documents.ts';

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** A generated file as a download with its Chinese file name. */
export function sendFile(reply: FastifyReply, kind: keyof typeof TYPES, file: GeneratedFile) {
  return reply
    .header('content-type', TYPES[kind])
    .header(
      'content-disposition',
      `attachment; filename="rewards.${kind}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    )
    .send(file.bytes);
}

export const XLSX_CONTENT_TYPE = TYPES.xlsx;
