/**
 * A 64-bit difference hash (dHash) of a photo: from a 9×8 greyscale copy, each bit says whether a
 * pixel is brighter than its right neighbour. Re-saving, resizing or recompressing a photo moves few
 * bits; a different scene moves about half. Two photos whose hashes differ in at most
 * `SIMILAR_PHOTO_DISTANCE` bits are taken for the same picture.
 */

export const HASH_WIDTH = 9;
export const HASH_HEIGHT = 8;
export const SIMILAR_PHOTO_DISTANCE = 6;

/** The hash (16 hex digits) of 9×8 greyscale pixels, row by row. */
export function differenceHash(pixels: Uint8Array): string {
  if (pixels.length !== HASH_WIDTH * HASH_HEIGHT) {
    throw new Error(`differenceHash needs ${HASH_WIDTH * HASH_HEIGHT} pixels, got ${pixels.length}`);
  }
  let bits = 0n;
  for (let y = 0; y < HASH_HEIGHT; y++) {
    for (let x = 0; x < HASH_WIDTH - 1; x++) {
      const left = pixels[y * HASH_WIDTH + x]!;
      const right = pixels[y * HASH_WIDTH + x + 1]!;
      bits = (bits << 1n) | (left > right ? 1n : 0n);
    }
  }
  return bits.toString(16).padStart(16, '0');
}

/** How many of the 64 bits two hashes differ in. */
export function hammingDistance(a: string, b: string): number {
  let diff = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let count = 0;
  while (diff > 0n) {
    count += Number(diff & 1n);
    diff >>= 1n;
  }
  return count;
}

export const isSimilarPhoto = (a: string, b: string) => hammingDistance(a, b) <= SIMILAR_PHOTO_DISTANCE;
