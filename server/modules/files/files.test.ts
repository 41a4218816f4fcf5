import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.ts';
import {
  counties,
  fileAttachments,
  fileBlobs,
  fileReuseFlags,
  files,
  townships,
  villages,
} from '../../db/schema/index.ts';
import type { App } from '../../http/app.ts';
import { registerErrorHandler, VILLAGER_BAD_LINK } from '../../http/error-handler.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import type { ModuleDefinition } from '../module.ts';
import { publicFileUrl } from './file-views.ts';
import { fileRoutes } from './files.routes.ts';
import { attachFiles, storeUploads } from './files.service.ts';
import {
  CAMERA_MAKE,
  cameraJpeg,
  carriesMetadata,
  type FormPart,
  multipartBody,
  pixelBombPng,
  tinyPdf,
} from './files.test-support.ts';
import { documentsField, MB, photosField, readUploads, registerUploads } from './uploads.ts';

/**
 * The file store on its own: a small app with the real multipart reader, photo pipeline, storage
 * and public route, and a made-up attaching module whose records are public when listed in `published`.
 */

const database = await openTestDatabase();
const countyId = randomUUID();
await database.db.insert(counties).values({ id: countyId, countyId, name: '测试县' });
const [township] = await database.db.insert(townships).values({ countyId, name: '测试乡' }).returning();
const village = async (name: string) =>
  (
    await database.db
      .insert(villages)
      .values({
        countyId,
        townshipId: township!.id,
        name,
        adultPopulation: 100,
        households: 30,
        representatives: 10,
      })
      .returning()
  )[0]!;
const east = await village('东村');
const west = await village('西村');
const actor: Actor = {
  userId: randomUUID(),
  username: 'clerk',
  displayName: '测试记录员',
  role: 'village_clerk',
  scope: { countyId, townshipId: township!.id, villageId: null },
  personId: null,
  contactVillageIds: [],
};

const published = new Set<string>();
const testModule: ModuleDefinition = {
  name: 'test',
  label: '测试',
  filePublicity: {
    subjectType: 'test_subject',
    publicSubjects: async (_db, ids) => new Set(ids.filter((id) => published.has(id))),
  },
};

const app = Fastify({ forceCloseConnections: true }).withTypeProvider<ZodTypeProvider>() as unknown as App;
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);
app.decorate('database', database);
registerErrorHandler(app);
await app.register(
  async (scope: App) => {
    await registerUploads(scope);
    await fileRoutes(scope, { modules: [testModule] });
    scope.post('/upload/:villageId', async (req) => {
      const { villageId } = req.params as { villageId: string };
      const form = await readUploads(req, [photosField(3), documentsField(2)]);
      return database.transaction(async (tx) => {
        const stored = await storeUploads(tx, actor, form.files, { purpose: 'test', villageId });
        const subjectId = randomUUID();
        await attachFiles(tx, stored, {
          subjectType: 'test_subject',
          subjectId,
          countyId,
          townshipId: township!.id,
          villageId,
          campaignId: null,
          pledgeId: form.fields.pledge ?? null,
          year: Number(form.fields.year ?? 2026),
        });
        return { subjectId, fields: form.fields, files: stored.map((f) => ({ ...f, createdAt: undefined })) };
      });
    });
  },
  { prefix: '/api' },
);
await app.ready();
afterAll(async () => {
  await app.close();
  await database.close();
});

const upload = (parts: FormPart[], villageId = east.id) =>
  app.inject({ method: 'POST', url: `/api/upload/${villageId}`, ...multipartBody(parts) });
const photo = (data: Buffer, filename = 'IMG_0001.jpg'): FormPart => ({
  name: 'photos',
  filename,
  type: 'image/jpeg',
  data,
});
const count = async () => (await database.db.select().from(files)).length;

type Stored = {
  subjectId: string;
  files: { id: string; sha256: string; originalName: string; width: number; height: number; kind: string }[];
};

describe('a photo from a phone', () => {
  it('is stored upright, resized for phones, with a thumbnail, and without any EXIF, GPS or device marks', async () => {
    const original = await cameraJpeg(1, 3200, 2400);
    expect(carriesMetadata(original)).toBe(true);
    const res = await upload([{ name: 'note', value: '村口道路' }, photo(original)]);
    expect(res.statusCode).toBe(200);
    const body = res.json() as Stored & { fields: Record<string, string> };
    expect(body.fields).toEqual({ note: '村口道路' });
    const [file] = body.files;
    expect(file).toMatchObject({ kind: 'photo', width: 1600, height: 1200, originalName: 'IMG_0001.jpg' });
    const blobs = await database.db.select().from(fileBlobs);
    expect(blobs.map((b) => b.variant).sort()).toEqual(['display', 'thumb']);
    for (const blob of blobs) {
      expect(carriesMetadata(blob.bytes), blob.variant).toBe(false);
      const meta = await sharp(blob.bytes).metadata();
      expect(meta.format).toBe('jpeg');
      expect(meta.exif).toBeUndefined();
      expect(Math.max(meta.width!, meta.height!)).toBe(blob.variant === 'thumb' ? 400 : 1600);
    }
  });

  it('is public only while its record is published, then cached by its content hash; the bytes carry no EXIF', async () => {
    const res = await upload([photo(await cameraJpeg(2))]);
    const { subjectId, files: stored } = res.json() as Stored;
    const url = publicFileUrl(stored[0]!.sha256);
    const unpublished = await app.inject({ method: 'GET', url });
    expect(unpublished.statusCode).toBe(404);
    // The one error path: on a public route a 404 says what every public link says.
    expect(unpublished.json()).toEqual({ error: { code: 'NOT_FOUND', message: VILLAGER_BAD_LINK } });
    published.add(subjectId);
    const answer = await app.inject({ method: 'GET', url });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toBe('image/jpeg');
    expect(answer.headers['cache-control']).toContain('immutable');
    expect(carriesMetadata(answer.rawPayload)).toBe(false);
    expect(answer.rawPayload.toString('latin1')).not.toContain(CAMERA_MAKE);
    const again = await app.inject({
      method: 'GET',
      url,
      headers: { 'if-none-match': `"${stored[0]!.sha256}"` },
    });
    expect(again.statusCode).toBe(304);
    published.delete(subjectId);
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(404);
  });

  it('turns a PNG or a WebP into a JPEG', async () => {
    const png = await sharp(await cameraJpeg(3, 800, 600))
      .png()
      .toBuffer();
    const webp = await sharp(await cameraJpeg(4, 800, 600))
      .webp()
      .toBuffer();
    const res = await upload([photo(png, 'a.png'), photo(webp, 'b.webp')]);
    expect(res.statusCode).toBe(200);
    expect((res.json() as Stored).files.map((f) => f.originalName)).toEqual(['a.jpg', 'b.jpg']);
  });
});

describe('refusals: each a 400 naming the field, nothing stored, and the server keeps answering', () => {
  const cases: [string, () => Promise<FormPart[]>, string, RegExp][] = [
    [
      'a text file behind .jpg',
      async () => [photo(Buffer.from('#!/bin/sh\necho hi\n'.repeat(20)))],
      'photos',
      /不是图片/,
    ],
    ['a PDF behind .jpg', async () => [photo(tinyPdf())], 'photos', /不是图片/],
    [
      'a broken JPEG (cut off)',
      async () => [photo((await cameraJpeg(5)).subarray(0, 2000))],
      'photos',
      /损坏/,
    ],
    [
      'a decompression bomb (60000 × 60000 PNG)',
      async () => [photo(pixelBombPng(), 'bomb.png')],
      'photos',
      /像素过大/,
    ],
    [
      'a photo over 15 MB',
      async () => [photo(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(15 * MB)]))],
      'photos',
      /15 MB/,
    ],
    [
      'a fourth photo',
      async () => {
        const p = photo(await cameraJpeg(6, 200, 150));
        return [p, p, p, p];
      },
      'photos',
      /最多 3 个/,
    ],
    [
      'a photo as a document',
      async () => [{ name: 'documents', filename: 'x.pdf', data: await cameraJpeg(7, 200, 150) }],
      'documents',
      /照片请在/,
    ],
    [
      'a zip that is no Office file',
      async () => [{ name: 'documents', filename: 'x.docx', data: Buffer.from('PK\u0003\u0004nothing') }],
      'documents',
      /PDF/,
    ],
    ['an empty file', async () => [photo(Buffer.alloc(0))], 'photos', /空文件/],
    [
      'an unknown file field',
      async () => [{ name: 'other', filename: 'a.jpg', data: await cameraJpeg(8, 100, 100) }],
      'other',
      /不认识/,
    ],
  ];

  it.each(cases)('%s', async (_name, parts, field, message) => {
    const before = await count();
    const res = await upload(await parts());
    expect(res.statusCode).toBe(400);
    const { error } = res.json() as { error: { field: string; message: string } };
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(await count()).toBe(before);
    const health = await upload([photo(await cameraJpeg(9, 300, 200))]);
    expect(health.statusCode).toBe(200);
  });

  it('a plain JSON request', async () => {
    const res = await app.inject({ method: 'POST', url: `/api/upload/${east.id}`, payload: {} });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('photos');
  });

  it('a good photo with a bad one: neither is stored', async () => {
    const before = await count();
    const res = await upload([photo(await cameraJpeg(10, 300, 200)), photo(pixelBombPng())]);
    expect(res.statusCode).toBe(400);
    expect(await count()).toBe(before);
  });
});

describe('names and documents', () => {
  it('keeps no path of a name, and gives a document the extension of its content', async () => {
    const res = await upload([
      photo(await cameraJpeg(11, 300, 200), '../../etc/passwd'),
      { name: 'documents', filename: '..\\..\\验收报告\u0000.exe', data: tinyPdf() },
    ]);
    expect(res.statusCode).toBe(200);
    expect((res.json() as Stored).files.map((f) => f.originalName)).toEqual(['passwd.jpg', '验收报告.pdf']);
  });

  it('stores a PDF as it came', async () => {
    const res = await upload([{ name: 'documents', filename: 'a.pdf', data: tinyPdf() }]);
    const [file] = (res.json() as Stored).files;
    const [blob] = await database.db
      .select()
      .from(fileBlobs)
      .where((await import('drizzle-orm')).eq(fileBlobs.fileId, file!.id));
    expect(blob!.variant).toBe('original');
    expect(blob!.bytes.equals(tinyPdf())).toBe(true);
  });
});

describe('reuse of a photo', () => {
  it('flags the same photo, or the same picture re-saved, on another village or year; not an unrelated one', async () => {
    const original = await cameraJpeg(20, 1200, 900);
    const resaved = await sharp(original).resize(1000).jpeg({ quality: 60 }).toBuffer();
    const flags = async () => database.db.select().from(fileReuseFlags);
    const before = (await flags()).length;
    await upload([photo(original)], east.id);
    expect((await flags()).length).toBe(before);
    await upload([photo(original)], west.id);
    const afterSame = await flags();
    expect(afterSame.length).toBe(before + 1);
    expect(afterSame.at(-1)!.match).toBe('identical');
    await upload([{ name: 'year', value: '2027' }, photo(resaved)], east.id);
    const afterResaved = await flags();
    expect(afterResaved.length).toBeGreaterThanOrEqual(before + 2);
    expect(afterResaved.some((f) => f.match === 'similar')).toBe(true);
    const unrelated = (await flags()).length;
    await upload([photo(await cameraJpeg(33, 1200, 900))], west.id);
    expect((await flags()).length).toBe(unrelated);
    expect((await database.db.select().from(fileAttachments)).length).toBeGreaterThan(0);
  });
});

describe('over a real connection', () => {
  /** Streams a multipart photo of `size` bytes in 64 KiB chunks; resolves with the status (or 0 when cut off). */
  function streamUpload(port: number, size: number): Promise<number> {
    const boundary = 'vpstreamboundary';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="photos"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    return new Promise((resolve) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: `/api/upload/${east.id}`,
          headers: {
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'content-length': head.length + size + tail.length,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', () => resolve(0));
      req.write(head);
      const chunk = Buffer.alloc(64 * 1024, 0xab);
      chunk.set([0xff, 0xd8, 0xff]);
      let sent = 0;
      const pump = () => {
        while (sent < size) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end(tail);
      };
      pump();
    });
  }

  it('refuses a 40 MB photo while it streams, with memory bounded, and answers the next request', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const before = await count();
    const heap = process.memoryUsage().rss;
    const status = await streamUpload(port, 40 * MB);
    // Either the 400 arrives, or the server closes the connection after answering it.
    expect([400, 0]).toContain(status);
    expect(process.memoryUsage().rss - heap).toBeLessThan(35 * MB);
    expect(await count()).toBe(before);
    const ok = await upload([photo(await cameraJpeg(12, 300, 200))]);
    expect(ok.statusCode).toBe(200);
  });
});
