import { randomUUID } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** A multipart/form-data body for inject(): text fields and files, in order. */
export type FormPart =
  | { name: string; value: string }
  | { name: string; filename: string; type?: string; data: Buffer };

export function multipartBody(parts: FormPart[]) {
  const boundary = `----vp${randomUUID().replaceAll('-', '')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n`));
    if ('value' in part) {
      chunks.push(
        Buffer.from(`Content-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`),
      );
    } else {
      chunks.push(
        Buffer.from(
          `Content-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\n` +
            `Content-Type: ${part.type ?? 'application/octet-stream'}\r\n\r\n`,
        ),
        part.data,
        Buffer.from('\r\n'),
      );
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Marks a camera leaves in a photo: they must not survive into a stored copy. */
export const CAMERA_MAKE = 'VillageCam';
export const CAMERA_MODEL = 'Model-GPS-77';

/**
 * A photo as a phone takes it: a JPEG with EXIF (maker, model, orientation) and GPS coordinates.
 * `seed` varies the picture (distinct seeds give distinct perceptual hashes).
 */
export async function cameraJpeg(seed = 1, width = 2400, height = 1800): Promise<Buffer> {
  const hue = (seed * 67) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="hsl(${hue},60%,70%)"/>
    <circle cx="${(seed * 397) % width}" cy="${(seed * 211) % height}" r="${height / 3}" fill="hsl(${(hue + 180) % 360},70%,30%)"/>
    <rect x="${(seed * 131) % (width / 2)}" y="${height / 2}" width="${width / 3}" height="${height / 4}" fill="#222"/>
  </svg>`;
  return sharp(Buffer.from(svg))
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: CAMERA_MAKE, Model: CAMERA_MODEL, Software: 'CameraApp 1.0' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '34/1 45/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '113/1 40/1 0/1',
      },
    })
    .toBuffer();
}

/** JPEG segment markers before the image data (APP1 = 0xe1 holds EXIF and XMP). */
export function jpegMarkers(bytes: Buffer): number[] {
  const markers: number[] = [];
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    markers.push(marker);
    if (marker === 0xda) break;
    at += 2 + bytes.readUInt16BE(at + 2);
  }
  return markers;
}

/** Does a stored copy carry anything of the camera's metadata? */
export function carriesMetadata(bytes: Buffer): boolean {
  const text = bytes.toString('latin1');
  return (
    jpegMarkers(bytes).includes(0xe1) ||
    text.includes('Exif\u0000') ||
    text.includes(CAMERA_MAKE) ||
    text.includes(CAMERA_MODEL) ||
    text.includes('http://ns.adobe.com/xap')
  );
}

function pngChunk(type: string, data: Buffer) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A decompression bomb: a few hundred bytes declaring a 60000 × 60000 greyscale PNG. */
export function pixelBombPng(side = 60_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.alloc(side + 1))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A minimal valid PDF. */
export const tinyPdf = () =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
