/** One error shape for every 4xx/5xx: { error: { code, message, field? } }, message in Chinese. */
export type ErrorBody = { error: { code: string; message: string; field?: string } };

export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }

  toBody(): ErrorBody {
    return {
      error: { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) },
    };
  }
}

export const badRequest = (field: string | undefined, message: string, code = 'INVALID_INPUT') =>
  new AppError(400, code, message, field);
export const unauthorized = (message = '请先登录') => new AppError(401, 'UNAUTHENTICATED', message);
export const forbidden = (message = '您没有执行此操作的权限') => new AppError(403, 'FORBIDDEN', message);
export const notFound = (what: string) =>
  new AppError(404, 'NOT_FOUND', `${what}不存在，或不在您的管辖范围内`);
export const conflict = (code: string, message: string, field?: string) =>
  new AppError(409, code, message, field);
export const wrongPhase = (message: string) => new AppError(409, 'WRONG_PHASE', message);
export const tooMany = (message: string) => new AppError(429, 'TOO_MANY_REQUESTS', message);
