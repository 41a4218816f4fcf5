import { Flex, Image, Tag } from 'antd';
import { S } from './strings.ts';

type Photo = { id: string; name: string; url: string; thumbUrl: string | null; reuseFlags: number };

/** Thumbnails (tap for the phone-sized copy), each flagged when the same picture was used elsewhere. */
export function Photos({ photos, size = 72 }: { photos: Photo[]; size?: number }) {
  if (photos.length === 0) return null;
  return (
    <Image.PreviewGroup>
      <Flex gap={6} wrap>
        {photos.map((p) => (
          <Flex key={p.id} vertical gap={2} align="center" data-testid="inspection-photo">
            <Image
              src={p.thumbUrl ?? p.url}
              preview={{ src: p.url }}
              width={Math.round(size * 1.33)}
              height={size}
              style={{ objectFit: 'cover', borderRadius: 4 }}
              alt={p.name}
            />
            {p.reuseFlags > 0 ? (
              <Tag color="warning" style={{ marginInlineEnd: 0 }}>
                {S.reuse}
              </Tag>
            ) : null}
          </Flex>
        ))}
      </Flex>
    </Image.PreviewGroup>
  );
}
