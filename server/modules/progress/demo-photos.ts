import sharp from 'sharp';
import { type PreparedFile, photosField, prepareFile } from '../files/uploads.ts';

/** A small deterministic random source (mulberry32), so the demo's photos are the same every time. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/**
 * A synthesized "site photo" for the demo (no binary files in git): hills, buildings and a road in
 * colours and places drawn from `seed`, with a caption strip, as a camera JPEG would arrive.
 */
export async function demoPhoto(seed: number, caption: string, date: string): Promise<Buffer> {
  const r = random(seed);
  const w = 800;
  const h = 600;
  const hue = Math.floor(r() * 360);
  const shapes: string[] = [];
  for (let i = 0; i < 3; i++) {
    const x = r() * w;
    const peak = 180 + r() * 200;
    shapes.push(
      `<polygon points="${x - 400},${h * 0.62} ${x},${peak} ${x + 400},${h * 0.62}" fill="hsl(${(hue + 90 + i * 20) % 360},${30 + r() * 30}%,${25 + r() * 35}%)"/>`,
    );
  }
  for (let i = 0; i < 6; i++) {
    const bw = 40 + r() * 140;
    const bh = 40 + r() * 160;
    const x = r() * (w - bw);
    shapes.push(
      `<rect x="${x}" y="${h * 0.62 - bh + r() * 80}" width="${bw}" height="${bh}" fill="hsl(${Math.floor(r() * 360)},${20 + r() * 40}%,${20 + r() * 70}%)"/>`,
    );
  }
  const roadX = r() * w;
  shapes.push(
    `<polygon points="${roadX - 40},${h * 0.62} ${roadX + 40},${h * 0.62} ${roadX + 300},${h - 70} ${roadX - 300},${h - 70}" fill="#8a8a86"/>`,
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="hsl(${hue},${40 + r() * 40}%,${55 + r() * 30}%)"/><stop offset="1" stop-color="#f4f1e8"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#sky)"/>
    <rect y="${h * 0.62}" width="100%" height="${h * 0.38}" fill="hsl(${(hue + 60) % 360},35%,${35 + r() * 25}%)"/>
    ${shapes.join('\n')}
    <rect y="${h - 70}" width="100%" height="70" fill="rgba(0,0,0,0.55)"/>
    <text x="24" y="${h - 26}" font-size="30" fill="#fff" font-family="Noto Sans CJK SC, Noto Serif CJK SC, WenQuanYi Micro Hei, sans-serif">${escapeXml(caption)}</text>
    <text x="${w - 24}" y="${h - 26}" font-size="26" fill="#ffd666" text-anchor="end" font-family="sans-serif">${escapeXml(date)}</text>
  </svg>`;
  // A phone's metadata rides along, as it would from a camera: the upload pipeline strips it.
  return sharp(Buffer.from(svg))
    .jpeg({ quality: 85 })
    .withExif({ IFD0: { Make: 'DemoPhone', Model: 'Village Cam' } })
    .toBuffer();
}

/** A demo photo given to the upload pipeline like one from a phone (the pipeline strips its EXIF). */
export async function demoPhotoFile(seed: number, caption: string, date: string): Promise<PreparedFile> {
  return prepareFile(
    photosField(),
    `IMG_${date.replaceAll('-', '')}_${seed}.jpg`,
    await demoPhoto(seed, caption, date),
  );
}
