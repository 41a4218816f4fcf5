/**
 * Errors a use case refuses with. Services and domain code throw these with a kind (what went wrong)
 * and a code (which rule); only server/http turns a kind into an HTTP status (error-handler.ts).
 * Messages are Chinese and name the field a person would recognize.
 */
export type ErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'too_many';

/** One error shape for every 4xx/5xx: { error: { code, message, field? } }, message in Chinese. */
export type ErrorBody = { error: { code: string; message: string; field?: string } };

export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
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
  new AppError('invalid', code, message, field);
export const unauthorized = (message = '请先登录', code = 'UNAUTHENTICATED') =>
  new AppError('unauthenticated', code, message);
export const forbidden = (message = '您没有执行此操作的权限', code = 'FORBIDDEN') =>
  new AppError('forbidden', code, message);
export const notFound = (what: string) =>
  new AppError('not_found', 'NOT_FOUND', `${what}不存在，或不在您的管辖范围内`);
export const conflict = (code: string, message: string, field?: string) =>
  new AppError('conflict', code, message, field);
export const wrongPhase = (message: string) => new AppError('conflict', 'WRONG_PHASE', message);
export const tooMany = (message: string) => new AppError('too_many', 'TOO_MANY_REQUESTS', message);

/** A policy's refusal (server/domain/policies): who may not (403), or not in this state (409), and why. */
export type PolicyRefusal = { kind: 'forbidden' | 'conflict'; code: string; message: string };

/** The policy's refusal as the error a service throws (403 or 409 with its Chinese reason). */
export function refuse(refusal: PolicyRefusal | null): void {
  if (!refusal) return;
  throw refusal.kind === 'forbidden'
    ? forbidden(refusal.message, refusal.code)
    : conflict(refusal.code, refusal.message);
}
