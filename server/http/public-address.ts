import { isIP } from 'node:net';
import type { FastifyRequest } from 'fastify';

/** Where printed links (QR slips, posters, 承诺书 codes) point, and whether phones can reach it. */
export type PublicAddress = {
  /** Origin without a trailing slash, e.g. http://192.168.1.10:3000: VP_PUBLIC_URL, else the request's. */
  origin: string;
  /** VP_PUBLIC_URL is set (else the origin is the one the clerk's browser used). */
  configured: boolean;
  /** The origin names this machine only (localhost, 127.x, ::1, 0.0.0.0): phones cannot open it. */
  loopback: boolean;
  /** What to tell the clerk before printing, in Chinese; null when the address is fine. */
  warning: string | null;
};

/** True for a host name that reaches only the machine it is typed on. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.') || host === '0.0.0.0';
  if (isIP(host) === 6) return host === '::1' || host === '::' || host.startsWith('::ffff:127.');
  return false;
}

function warningFor(configured: boolean, loopback: boolean, host: string): string | null {
  if (configured && !loopback) return null;
  if (configured)
    return `系统的对外地址 ${host} 是服务器本机地址，村民的手机打不开。请系统管理员把对外地址（VP_PUBLIC_URL）改为局域网或互联网地址后再打印。`;
  if (loopback)
    return `系统没有设置对外地址，当前地址 ${host} 只能在服务器本机打开，村民的手机打不开。请在其他电脑上用服务器的局域网地址打开本页，或请系统管理员设置对外地址（VP_PUBLIC_URL）后再打印。`;
  return `系统没有设置对外地址，印出的地址取自您浏览器当前的地址 ${host}。请确认村民的手机能打开它，或请系统管理员设置对外地址（VP_PUBLIC_URL）。`;
}

/** The address of a configured origin, or of the origin this request came to (behind a trusted proxy: its). */
export function publicAddressOf(configuredUrl: string | null, req: FastifyRequest): PublicAddress {
  const origin = configuredUrl ?? `${req.protocol}://${req.host}`;
  const url = new URL(origin);
  const loopback = isLoopbackHost(url.hostname);
  return {
    origin,
    configured: configuredUrl !== null,
    loopback,
    warning: warningFor(configuredUrl !== null, loopback, url.host),
  };
}

/** The public address for this request's app (buildApp's `publicUrl`, from VP_PUBLIC_URL). */
export function publicAddress(req: FastifyRequest): PublicAddress {
  return publicAddressOf(req.server.publicUrl, req);
}

/** An absolute link for a printed page, e.g. publicLink(req, '/vote') → http://192.168.1.10:3000/vote. */
export function publicLink(req: FastifyRequest, path: string): string {
  return `${publicAddress(req).origin}${path.startsWith('/') ? path : `/${path}`}`;
}
