import type { FileView, PublicPhotoView } from './files.schema.ts';
import type { AttachedFile } from './files.service.ts';

const staffUrl = (id: string, variant: string) => `/api/files/${id}/${variant}`;
/** Content-addressed: the address changes with the bytes, so it may be cached for good. */
export const publicFileUrl = (sha256: string) => `/api/public/files/${sha256}`;

export function fileView(file: AttachedFile): FileView {
  const photo = file.kind === 'photo';
  return {
    id: file.id,
    kind: file.kind,
    name: file.originalName,
    mediaType: file.mediaType,
    byteSize: file.byteSize,
    width: file.width,
    height: file.height,
    url: staffUrl(file.id, photo ? 'display' : 'original'),
    thumbUrl: photo ? staffUrl(file.id, 'thumb') : null,
    reuseFlags: file.reuseFlags,
  };
}

/** The public copy of a photo; documents are never public (their own metadata is not ours to clean). */
export function publicPhotoView(file: AttachedFile): PublicPhotoView | null {
  if (file.kind !== 'photo' || !file.thumbSha256) return null;
  return {
    url: publicFileUrl(file.sha256),
    thumbUrl: publicFileUrl(file.thumbSha256),
    width: file.width,
    height: file.height,
  };
}
