import { formatLocalDateTime } from '../local-time.ts';
import { type ArchiveManifest, CHECKSUMS_PATH, MANIFEST_PATH } from './manifest.ts';

/** README.txt of an archive package: what it is and how to check it, for whoever opens it (中文). */
export function readmeText(manifest: ArchiveManifest, manifestSha256: string): string {
  const { campaign, seal } = manifest;
  const when = (iso: string | null) => (iso ? formatLocalDateTime(new Date(iso), campaign.timeZone) : '—');
  const count = (prefix: string) => manifest.entries.filter((e) => e.path.startsWith(prefix)).length;
  const head = manifest.auditChainHead;
  const lines = [
    `${campaign.county}${campaign.township} ${campaign.year} 年度村官承诺考评归档包`,
    '',
    `本包是该年度考评活动归档封存后的全部记录，由村官承诺考评系统 ${manifest.generator.version} 于 ${when(manifest.generatedAt)} 生成。`,
    `归档封存时间：${when(campaign.sealedAt)}`,
    `封存值（SHA-256）：${seal.hash}`,
    head ? `封存时审计日志链头：第 ${head.seq} 条，哈希 ${head.hash}` : '封存时审计日志为空',
    `清单 ${MANIFEST_PATH} 的 SHA-256：${manifestSha256}`,
    '',
    '包中内容',
    `  ${MANIFEST_PATH}      清单：年度、封存值及各部分校验值、其余每个文件的 SHA-256 和大小`,
    `  data/             各模块封存的记录（JSON，${count('data/')} 个文件），即封存时计算校验值的同一批记录`,
    `  documents/        由记录生成的文书（${count('documents/')} 份），如承诺书、表决结果记录`,
    `  files/            各项记录所附的证明材料（${count('files/')} 个），文件名即其内容的 SHA-256；`,
    '                    照片为系统保存的展示件（已去除拍摄设备、位置等全部元数据），文档为上传原件',
    `  ${CHECKSUMS_PATH}   每个文件的 SHA-256，可用 sha256sum -c 核对`,
    '',
    '如何校验',
    '  1. 在本系统目录中运行：npm run archive:verify 本包路径.zip',
    '     不需要数据库、不需要联网：重算每个文件的 SHA-256，并用与封存相同的方法由 data/ 中的记录',
    '     重算各部分校验值和封存值；有任何不符，逐一指出是哪个文件，并以非零状态退出。',
    `  2. 没有本系统时：解压后在该目录运行 sha256sum -c ${CHECKSUMS_PATH}（Windows 可用`,
    `     certutil -hashfile 文件名 SHA256 逐个比对），并核对 ${MANIFEST_PATH} 的 SHA-256 与上面记载的一致。`,
    '  3. 将上面的封存值与系统中该年度考评活动的封存值（考评活动页面“归档包”一栏）核对：',
    '     封存值一致，说明包中的记录就是归档时封存的记录。',
    '',
  ];
  return lines.join('\r\n');
}
