import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorBody } from '../core/errors.ts';
import { STATUS_OF_KIND } from './error-status.ts';
import { describeIssue } from './validation.ts';

const PG_UNIQUE_VIOLATION = '23505';

/** Drizzle wraps driver errors (DrizzleQueryError), so the SQLSTATE may sit on `cause`. */
function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e.code === PG_UNIQUE_VIOLATION || e.cause?.code === PG_UNIQUE_VIOLATION;
}

/** Maps every failure to the one error shape; 5xx answers say nothing about the inside. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof AppError) return reply.status(STATUS_OF_KIND[error.kind]).send(error.toBody());
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issue = error.validation[0];
      const part = error.validationContext ?? 'body';
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
      return reply.status(400).send({ error: { code: 'INVALID_INPUT', message, field } } satisfies ErrorBody);
    }
    if (isResponseSerializationError(error))
      req.log.error({ err: error }, 'response does not match its schema');
    const status = error.statusCode ?? 500;
    if (status === 429) return reply.status(429).send(error);
    if (isUniqueViolation(error)) {
      return reply.status(409).send({ error: { code: 'DUPLICATE', message: '记录已存在，不能重复添加' } });
    }
    if (status >= 400 && status < 500) {
      const message =
        status === 415 ? '请求内容类型不受支持' : status === 413 ? '请求内容过大' : '请求格式不正确';
      return reply.status(status).send({ error: { code: 'BAD_REQUEST', message } } satisfies ErrorBody);
    }
    req.log.error({ err: error }, 'unhandled error');
    return reply
      .status(500)
      .send({ error: { code: 'INTERNAL', message: '服务器内部错误，请稍后重试' } } satisfies ErrorBody);
  });
}

/** Unknown addresses: counted by the rate limit like every route, so it must be registered first. */
export function registerNotFoundHandler(app: FastifyInstance): void {
  if (!app.hasDecorator('rateLimit')) throw new Error('register @fastify/rate-limit before the 404 handler');
  app.setNotFoundHandler({ preHandler: app.rateLimit() }, (_req, reply) =>
    reply.status(404).send({ error: { code: 'NOT_FOUND', message: '请求的地址不存在' } } satisfies ErrorBody),
  );
}
