import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RawServerDefault } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Database } from '../db/client.ts';
import { registerModules } from '../modules/index.ts';
import { registerAuth } from './auth.ts';
import { cacheControlFor } from './cache-control.ts';
import { frameworkErrorOptions, registerErrorHandler, registerNotFoundHandler } from './error-handler.ts';
import { registerHttpsOnlyHeaders } from './https-headers.ts';
import { registerInputGuards } from './input-guards.ts';
import { SharedRateCounts, sharedRateLimitStore } from './rate-limit-store.ts';
import { htmlPageFor } from './web-pages.ts';

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    /** VP_PUBLIC_URL's origin, or null (public-address.ts publicAddress reads it). */
    publicUrl: string | null;
  }
}

export type AppOptions = {
  database: Database;
  logger?: boolean;
  /** Requests per minute per IP across the API; ballots and benchmarks may raise it. */
  rateLimitPerMinute?: number;
  /** Folder of the built web app; served at / when it exists. */
  webDir?: string;
  /** The proxies whose X-Forwarded-For to believe (config.ts VP_TRUST_PROXY); none by default. */
  trustProxy?: string | false;
  /** Where phones reach the server (config.ts VP_PUBLIC_URL): printed links use it. */
  publicUrl?: string | null;
};

/** Request logs carry method and path only: never query strings, bodies or cookies (ballot codes stay out). */
const requestSerializer = (req: { method: string; url: string }) => ({
  method: req.method,
  url: req.url.split('?')[0],
});

export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    logger: options.logger ? { level: 'info', serializers: { req: requestSerializer } } : false,
    bodyLimit: 1024 * 1024 * 8,
    trustProxy: options.trustProxy ?? false,
    ...frameworkErrorOptions,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('database', options.database);
  app.decorate('publicUrl', options.publicUrl ?? null);

  registerErrorHandler(app);
  registerInputGuards(app);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        // Only over HTTPS (https-headers.ts), like HSTS: plain HTTP on a LAN must keep working.
        upgradeInsecureRequests: null,
      },
    },
    hsts: false,
    crossOriginEmbedderPolicy: false,
  });
  registerHttpsOnlyHeaders(app);
  // API answers and the web app's files, brotli or gzip from 1 KB (brotli at quality 4, the plugin's
  // default for dynamic answers); text/event-stream is never compressed (a stream must not be buffered).
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: 1024 });
  await app.register(fastifyCookie);
  await registerRateLimit(app, options);
  registerNotFoundHandler(app);
  registerAuth(app);
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: '村官承诺考评系统 API', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'vp_session' } } },
    },
    transform: jsonSchemaTransform,
  });

  await app.register(registerModules, { prefix: '/api' });
  if (options.webDir && existsSync(join(options.webDir, 'index.html'))) await serveWeb(app, options.webDir);
  return app;
}

/**
 * Requests per minute per client address, on every route and the 404 handler; files of the built
 * web app are not counted. Counts are shared by all server processes through PostgreSQL; on PGlite
 * (one process by construction) they stay in memory.
 */
async function registerRateLimit(app: App, options: AppOptions) {
  const counts =
    options.database.kind === 'postgres'
      ? new SharedRateCounts(options.database.db, (m) => app.log.warn(m))
      : null;
  if (counts) app.addHook('onClose', () => counts.close());
  await app.register(fastifyRateLimit, {
    global: true,
    max: options.rateLimitPerMinute ?? 1200,
    timeWindow: '1 minute',
    ...(counts ? { store: sharedRateLimitStore(counts) } : {}),
    // @fastify/static marks each file's route with config.file.
    allowList: (req) => (req.routeOptions.config as { file?: string }).file !== undefined,
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: 429,
      error: { code: 'TOO_MANY_REQUESTS', message: `请求过于频繁，请 ${Math.ceil(ctx.ttl / 1000)} 秒后再试` },
    }),
  });
}

/** The built web app: files from webDir, and for any other path the HTML page it belongs to. */
async function serveWeb(app: App, webDir: string) {
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    cacheControl: false,
    setHeaders: (res, file) => res.setHeader('cache-control', cacheControlFor(webDir, file)),
  });
  app.get('/*', { config: { rateLimit: false } }, (req, reply) => {
    const path = req.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/')) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile(htmlPageFor(path));
  });
}
