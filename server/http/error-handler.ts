import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
  type ZodFastifySchemaValidationError,
} from 'fastify-type-provider-zod';
import { AppError, type ErrorBody } from '../core/errors.ts';
import { STATUS_OF_KIND } from './error-status.ts';
import { redactedError } from './redact-error.ts';
import { describeIssue } from './validation.ts';

const PG_UNIQUE_VIOLATION = '23505';

/** What a villager is told when a link (a poll's board, a village's page) names nothing we have. */
export const VILLAGER_BAD_LINK = '链接不正确或已失效，请核对后重新打开';

/** Drizzle wraps driver errors (DrizzleQueryError), so the SQLSTATE may sit on `cause`. */
function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e.code === PG_UNIQUE_VIOLATION || e.cause?.code === PG_UNIQUE_VIOLATION;
}

const body = (code: string, message: string, field?: string): ErrorBody => ({
  error: { code, message, ...(field ? { field } : {}) },
});

/** Public routes are the villagers': no ids, no 管辖范围, no field codes. */
function isPublicRequest(req: FastifyRequest): boolean {
  const permission = req.routeOptions?.config?.permission;
  return permission === 'public' && req.url.startsWith('/api/public/');
}

/** Fastify's own 4xx (body parsing, content type, size), in the product's words. */
const FRAMEWORK_4XX: Record<string, [code: string, message: string]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['UNSUPPORTED_MEDIA_TYPE', '请求内容类型不受支持'],
  FST_ERR_CTP_INVALID_TYPE: ['UNSUPPORTED_MEDIA_TYPE', '请求内容类型不受支持'],
  FST_ERR_CTP_BODY_TOO_LARGE: ['PAYLOAD_TOO_LARGE', '请求内容过大'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['MALFORMED_BODY', '请求内容为空'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['MALFORMED_BODY', '请求内容长度不正确'],
  FST_ERR_CTP_INVALID_JSON_BODY: ['MALFORMED_BODY', '请求内容格式不正确'],
  FST_ERR_BAD_URL: ['BAD_URL', '地址不正确'],
  FST_ERR_MAX_PARAM_LENGTH: ['URI_TOO_LONG', '地址过长'],
};

function framework4xx(error: FastifyError, status: number): [string, string] {
  const known = FRAMEWORK_4XX[error.code];
  if (known) return known;
  if (status === 413) return ['PAYLOAD_TOO_LARGE', '请求内容过大'];
  if (status === 415) return ['UNSUPPORTED_MEDIA_TYPE', '请求内容类型不受支持'];
  if (status === 414) return ['URI_TOO_LONG', '地址过长'];
  return ['BAD_REQUEST', '请求格式不正确'];
}

function validationAnswer(
  issue: ZodFastifySchemaValidationError | undefined,
  part: string,
  req: FastifyRequest,
): ErrorBody {
  if (part === 'params' && isPublicRequest(req)) return body('INVALID_LINK', VILLAGER_BAD_LINK);
  const { field, message } = describeIssue(
    {
      ...issue?.params,
      path: issue?.instancePath.split('/').filter(Boolean) ?? [],
      message: issue?.message ?? '格式不正确',
      code: issue?.keyword,
    },
    part,
    req.routeOptions.config?.fieldLabels,
  );
  return body('INVALID_INPUT', message, field);
}

function appErrorAnswer(error: AppError, req: FastifyRequest): ErrorBody {
  if (error.kind === 'not_found' && error.code === 'NOT_FOUND' && isPublicRequest(req))
    return body('NOT_FOUND', VILLAGER_BAD_LINK);
  return error.toBody();
}

/** Maps every failure to the one error shape; 5xx answers say nothing about the inside. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof AppError)
      return reply.status(STATUS_OF_KIND[error.kind]).send(appErrorAnswer(error, req));
    if (hasZodFastifySchemaValidationErrors(error))
      return reply
        .status(400)
        .send(validationAnswer(error.validation[0], error.validationContext ?? 'body', req));
    if (isResponseSerializationError(error))
      req.log.error({ err: redactedError(error) }, 'response does not match its schema');
    const status = error.statusCode ?? 500;
    // The rate limit throws its errorResponseBuilder's object; the body is its `error` part alone.
    if (status === 429) return reply.status(429).send({ error: (error as unknown as ErrorBody).error });
    if (isUniqueViolation(error)) {
      return reply.status(409).send(body('DUPLICATE', '记录已存在，不能重复添加'));
    }
    if (status >= 400 && status < 500) {
      const [code, message] = framework4xx(error, status);
      return reply.status(status).send(body(code, message));
    }
    req.log.error({ err: redactedError(error) }, 'unhandled error');
    return reply.status(500).send(body('INTERNAL', '服务器内部错误，请稍后重试'));
  });
}

/** Errors Fastify meets before a route is chosen (a bad %-escape, an over-long path parameter). */
function frameworkErrors(error: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : (error.statusCode ?? 400);
  const [code, message] = framework4xx(error, status);
  const villager = req.url.startsWith('/api/public/') || !req.url.startsWith('/api/');
  return reply.status(status).send(body(code, villager ? VILLAGER_BAD_LINK : message));
}

/** Requests Node's HTTP parser refuses (unknown method, broken headers): answered in the same shape. */
function clientErrorHandler(error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, code, message] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout', 'TIMEOUT', '请求超时，请重试']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'HEADERS_TOO_LARGE', '请求头过大']
        : [400, 'Bad Request', 'BAD_REQUEST', '请求格式不正确'];
  const text = JSON.stringify(body(code, message));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(text)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${text}`,
    );
  }
  socket.destroy(error);
}

/** Spread into the Fastify constructor's options, so errors before routing answer in the product's shape. */
export const frameworkErrorOptions = { frameworkErrors, clientErrorHandler };

/** Unknown addresses: counted by the rate limit like every route, so it must be registered first. */
export function registerNotFoundHandler(app: FastifyInstance): void {
  if (!app.hasDecorator('rateLimit')) throw new Error('register @fastify/rate-limit before the 404 handler');
  app.setNotFoundHandler({ preHandler: app.rateLimit() }, (_req, reply) =>
    reply.status(404).send(body('NOT_FOUND', '请求的地址不存在')),
  );
}
