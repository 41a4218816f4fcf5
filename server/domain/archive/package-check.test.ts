import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARCHIVE_FORMAT,
  type ArchiveManifest,
  CHECKSUMS_PATH,
  checksumLines,
  documentPath,
  evidencePath,
  MANIFEST_PATH,
  type ManifestEntry,
  parseChecksums,
  README_PATH,
  uniquePath,
} from './manifest.ts';
import { type EntryFacts, type PackageFacts, packageProblems, sealedEvidenceOf } from './package-check.ts';
import { digestOf, plainRecords, sealHashOf, sha256Hex } from './seal-digest.ts';

const PHOTO = new Uint8Array([0xff, 0xd8, 1, 2, 3]);
const PHOTO_SHA = sha256Hex(PHOTO);
const PLEDGES = { pledges: [{ id: 'p1', title: '新修村组水泥路2.5公里' }] };
const FILES = {
  files: [{ id: 'f1', sha256: PHOTO_SHA, mediaType: 'image/jpeg' }],
  copies: [{ fileId: 'f1', variant: 'display', bytesSha256: PHOTO_SHA }],
};

/** A small intact package as the checker sees it; `change` alters it before the facts are taken. */
function packageFacts(change: (p: Built) => void = () => {}): PackageFacts {
  const p = build();
  // What the package said when it was built: a change alters only what it touches.
  const builtSha = sha256Hex(JSON.stringify(p.manifest));
  const builtEntries = structuredClone(p.manifest.entries);
  change(p);
  const manifestText = JSON.stringify(p.manifest);
  const manifestSha = sha256Hex(manifestText);
  const readmeText = p.readme ?? `清单的 SHA-256：${builtSha}`;
  const entries = new Map<string, EntryFacts>(
    p.files.map(([path, bytes]) => [path, { sha256: sha256Hex(bytes), size: bytes.length }]),
  );
  entries.set(MANIFEST_PATH, { sha256: manifestSha, size: manifestText.length });
  entries.set(README_PATH, { sha256: sha256Hex(readmeText), size: readmeText.length });
  const checksumsText =
    p.checksums ??
    checksumLines([
      { path: MANIFEST_PATH, sha256: builtSha, size: 0 },
      { path: README_PATH, sha256: sha256Hex(readmeText), size: 0 },
      ...builtEntries,
    ]);
  entries.set(CHECKSUMS_PATH, { sha256: sha256Hex(checksumsText), size: checksumsText.length });
  const data = new Map(
    p.files.filter(([path]) => path.startsWith('data/')).map(([path, bytes]) => [path, bytes]),
  );
  const json = (bytes: Uint8Array | undefined) => {
    try {
      return bytes ? JSON.parse(new TextDecoder().decode(bytes)) : null;
    } catch {
      return null;
    }
  };
  const dataDigests = new Map(
    [...data].map(([path, bytes]) => [path, json(bytes) ? digestOf(json(bytes)) : null]),
  );
  const filesJson = json(data.get('data/files.json'));
  return {
    entries,
    duplicates: [],
    unreadable: [],
    manifestText: p.manifestText ?? manifestText,
    checksumsText,
    readmeText,
    dataDigests,
    evidence: filesJson ? sealedEvidenceOf(filesJson) : null,
  };
}

type Built = {
  manifest: ArchiveManifest;
  files: [string, Uint8Array][];
  manifestText?: string;
  readme?: string;
  checksums?: string;
};

function build(): Built {
  const enc = (v: unknown) => new TextEncoder().encode(JSON.stringify(plainRecords(v as never), null, 2));
  const files: [string, Uint8Array][] = [
    ['data/pledges.json', enc(PLEDGES)],
    ['data/files.json', enc(FILES)],
    ['documents/承诺书/愚公村 李建国 承诺书.docx', new Uint8Array([80, 75, 3, 4, 9])],
    [evidencePath(PHOTO_SHA, 'image/jpeg'), PHOTO],
  ];
  const parts = { pledges: { digest: digestOf(PLEDGES) }, files: { digest: digestOf(FILES) } };
  const entries: ManifestEntry[] = files.map(([path, bytes]) => ({
    path,
    sha256: sha256Hex(bytes),
    size: bytes.length,
  }));
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    generator: { name: 'village-pledge', version: '0.1.0' },
    generatedAt: '2026-12-01T08:00:00.000Z',
    campaign: {
      id: 'c',
      year: 2025,
      countyId: 'k',
      county: '太行县',
      townshipId: 't',
      township: '愚公乡',
      timeZone: 'Asia/Shanghai',
      sealedAt: '2026-01-20T02:00:00.000Z',
    },
    seal: { hash: sealHashOf(parts), parts },
    auditChainHead: null,
    modules: [
      { name: 'pledges', label: '承诺事项', path: 'data/pledges.json' },
      { name: 'files', label: '证明材料', path: 'data/files.json' },
    ],
    entries,
  };
  return { manifest, files };
}

const flip = (bytes: Uint8Array, at = bytes.length - 1) => {
  const copy = new Uint8Array(bytes);
  copy[at] = copy[at]! ^ 1;
  return copy;
};
const replace = (p: Built, path: string, bytes: Uint8Array) => {
  p.files = p.files.map(([name, b]) => [name, name === path ? bytes : b]);
};
const messages = (facts: PackageFacts) => packageProblems(facts).map((p) => p.message);

describe('the offline check of an archive package', () => {
  it('finds an intact package intact', () => {
    expect(packageProblems(packageFacts())).toEqual([]);
  });

  it.each<[string, (p: Built) => void, string]>([
    [
      'a data file changed in a value',
      (p) =>
        replace(
          p,
          'data/pledges.json',
          new TextEncoder().encode(JSON.stringify({ pledges: [{ id: 'p1', title: '新修村组水泥路3公里' }] })),
        ),
      'data/pledges.json（承诺事项）的记录已被改动，与封存的校验值不符',
    ],
    [
      'a data file changed only in its layout',
      (p) => replace(p, 'data/pledges.json', new TextEncoder().encode(JSON.stringify(PLEDGES))),
      'data/pledges.json 已被改动（SHA-256 与清单不符）',
    ],
    [
      'a document changed by one byte',
      (p) => replace(p, 'documents/承诺书/愚公村 李建国 承诺书.docx', new Uint8Array([80, 75, 3, 4, 8])),
      'documents/承诺书/愚公村 李建国 承诺书.docx 已被改动（SHA-256 与清单不符）',
    ],
    [
      'a photo changed by one byte',
      (p) => replace(p, evidencePath(PHOTO_SHA, 'image/jpeg'), flip(PHOTO)),
      `${evidencePath(PHOTO_SHA, 'image/jpeg')} 已被改动（SHA-256 与清单不符）`,
    ],
    [
      'the manifest changed in one entry’s hash',
      (p) => {
        const entry = p.manifest.entries[2]!;
        entry.sha256 = `${entry.sha256.slice(0, 63)}${entry.sha256.endsWith('0') ? '1' : '0'}`;
      },
      'manifest.json 已被改动（其 SHA-256 与 manifest.sha256 中记载的不符）',
    ],
    [
      'a file missing',
      (p) => {
        p.files = p.files.filter(([path]) => !path.startsWith('documents/'));
      },
      '缺少 documents/承诺书/愚公村 李建国 承诺书.docx（清单中有，包中没有）',
    ],
    [
      'a file added',
      (p) => {
        p.files.push(['documents/多出来的.docx', new Uint8Array([1])]);
      },
      '多出 documents/多出来的.docx（清单中没有这个文件）',
    ],
    [
      'the seal parts changed in the manifest',
      (p) => {
        p.manifest.seal.parts.pledges = { digest: '0'.repeat(64) };
      },
      'data/pledges.json（承诺事项）的记录已被改动，与封存的校验值不符',
    ],
    [
      'a manifest that is not JSON',
      (p) => {
        p.manifestText = '{"format":';
      },
      'manifest.json 不是有效的 JSON（清单被改动或损坏）',
    ],
    [
      'the README’s manifest hash changed',
      (p) => {
        p.readme = `清单的 SHA-256：${'0'.repeat(64)}`;
      },
      'README.txt 中记载的清单 SHA-256 与 manifest.json 不符',
    ],
  ])('refuses %s, naming it', (_what, change, message) => {
    expect(messages(packageFacts(change))).toContain(message);
  });

  it('notices the seal hash of the manifest no longer over its parts', () => {
    const found = messages(
      packageFacts((p) => {
        p.manifest.seal.hash = '0'.repeat(64);
      }),
    );
    expect(found).toContain('清单中的封存值与各部分的校验值不符（manifest.json 中的封存记录被改动）');
  });

  it('refuses a photo swapped for another with a matching manifest (not among the sealed copies)', () => {
    const other = new Uint8Array([0xff, 0xd8, 9, 9]);
    const otherPath = evidencePath(sha256Hex(other), 'image/jpeg');
    const found = messages(
      packageFacts((p) => {
        p.files = p.files.map(([path, bytes]) =>
          path.startsWith('files/') ? [otherPath, other] : [path, bytes],
        );
        p.manifest.entries = p.files.map(([path, bytes]) => ({
          path,
          sha256: sha256Hex(bytes),
          size: bytes.length,
        }));
      }),
    );
    expect(found).toContain(`${otherPath} 不在封存的证明材料中`);
    expect(found).toContain(`缺少封存的证明材料 ${evidencePath(PHOTO_SHA, 'image/jpeg')}`);
  });

  it('refuses a photo whose content no longer matches its name, even with a matching manifest', () => {
    const path = evidencePath(PHOTO_SHA, 'image/jpeg');
    const found = messages(
      packageFacts((p) => {
        replace(p, path, flip(PHOTO));
        p.manifest.entries = p.files.map(([name, bytes]) => ({
          path: name,
          sha256: sha256Hex(bytes),
          size: bytes.length,
        }));
      }),
    );
    expect(found).toContain(`${path} 已被改动（内容与文件名中的 SHA-256 不符）`);
  });

  it('names each entry once, by the first problem found', () => {
    const path = evidencePath(PHOTO_SHA, 'image/jpeg');
    const found = packageProblems(packageFacts((p) => replace(p, path, flip(PHOTO))));
    expect(found.filter((p) => p.path === path)).toHaveLength(1);
  });

  it('any single changed byte of any entry is refused (property)', () => {
    fc.assert(
      fc.property(fc.nat(3), fc.nat(), (which, at) => {
        const facts = packageFacts((p) => {
          const [path, bytes] = p.files[which]!;
          replace(p, path, flip(bytes, at % bytes.length));
        });
        expect(packageProblems(facts).length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('package paths', () => {
  it.each([
    ['承诺书/愚公村 李建国 承诺书.docx', 'documents/承诺书/愚公村 李建国 承诺书.docx'],
    ['../../etc/passwd', 'documents/etc/passwd'],
    ['表决结果记录/a:b*c?.docx', 'documents/表决结果记录/a_b_c_.docx'],
    ['', 'documents/文件'],
  ])('document %j lands at %j', (relative, path) => {
    expect(documentPath(relative)).toBe(path);
  });

  it('makes a taken name unique', () => {
    expect(uniquePath('documents/a.docx', new Set(['documents/a.docx', 'documents/a（2）.docx']))).toBe(
      'documents/a（3）.docx',
    );
    expect(uniquePath('documents/a', new Set(['documents/a']))).toBe('documents/a（2）');
  });

  it('reads back the checksum lines it writes, and refuses a line that is not one', () => {
    const entries = [{ path: 'data/x.json', sha256: 'a'.repeat(64), size: 1 }];
    expect(parseChecksums(checksumLines(entries))).toEqual(new Map([['data/x.json', 'a'.repeat(64)]]));
    expect(parseChecksums('abc  x\n')).toBeNull();
  });
});

describe('the seal digest of a data file', () => {
  it('is the same for the records, their plain JSON, and that JSON read back (property)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1 }), fc.array(fc.object({ maxDepth: 2 }), { maxLength: 4 })),
        (records) => {
          const written = JSON.stringify(plainRecords(records), null, 2);
          expect(digestOf(JSON.parse(written))).toBe(digestOf(records));
        },
      ),
    );
  });

  it('turns dates into the strings jsonb keeps', () => {
    const at = new Date('2026-03-18T02:00:00.000Z');
    expect(digestOf({ rows: [{ at }] })).toBe(digestOf({ rows: [{ at: '2026-03-18T02:00:00.000Z' }] }));
  });
});
