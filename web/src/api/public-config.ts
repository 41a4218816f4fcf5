import { useQuery } from '@tanstack/react-query';
import type { PublicAddress } from '../../../server/http/public-address.ts';
import { api } from './client.ts';
import { keys } from './query-keys.ts';

/** Where villagers' phones reach the server, for QR codes, posters and printed links. */
export type PublicConfig = PublicAddress;

/**
 * The server's public address (VP_PUBLIC_URL, else the address this browser used): `origin` for
 * links, `warning` (Chinese, or null) to show before printing when phones may not reach it.
 */
export function usePublicConfig() {
  return useQuery({
    queryKey: keys.system.publicConfig,
    queryFn: () => api.get<PublicConfig>('/api/public/config'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** An absolute link under the public address, e.g. publicLink(config, '/vote') → http://192.168.1.10:3000/vote. */
export function publicLink(config: Pick<PublicConfig, 'origin'>, path: string): string {
  return `${config.origin}${path.startsWith('/') ? path : `/${path}`}`;
}
