import { Button, Flex, Image, Tag } from 'antd';
import { S } from './strings.ts';

type Photo = {
  id: string;
  name: string;
  url: string;
  thumbUrl: string | null;
  reuseFlags: number;
  allowedActions?: readonly string[];
};

/**
 * Thumbnails (tap for the phone-sized copy), each flagged when the same picture was used elsewhere;
 * a 删除 under each photo the server lets the caller remove, when `onRemove` is given.
 */
export function Photos({
  photos,
  size = 72,
  onRemove,
}: {
  photos: Photo[];
  size?: number;
  onRemove?: (photoId: string) => void;
}) {
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
            {onRemove && p.allowedActions?.includes('remove') ? (
              <Button size="small" danger type="link" onClick={() => onRemove(p.id)}>
                {S.removePhoto}
              </Button>
            ) : null}
          </Flex>
        ))}
      </Flex>
    </Image.PreviewGroup>
  );
}
