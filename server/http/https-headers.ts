import type { FastifyInstance } from 'fastify';

/** One year, subdomains too: what helmet would send, but only where it means something. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * HSTS and CSP `upgrade-insecure-requests` only on requests that came over HTTPS: directly, or through
 * a trusted proxy's X-Forwarded-Proto (Fastify's `trustProxy`, config.ts VP_TRUST_PROXY). Over plain
 * HTTP on a village LAN they would send a phone's script requests to an https:// that is not there.
 * Registered after helmet, whose onRequest hook has already set the CSP on the raw response.
 */
export function registerHttpsOnlyHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', (req, reply, done) => {
    if (req.protocol === 'https') {
      reply.raw.setHeader('strict-transport-security', HSTS);
      const csp = reply.raw.getHeader('content-security-policy');
      if (typeof csp === 'string')
        reply.raw.setHeader('content-security-policy', `${csp};upgrade-insecure-requests`);
    }
    done();
  });
}
