// Errors cross the boundary as plain data: a code the UI can branch on and a sentence a
// clinician can act on. Stack traces stay on the Node side.
export const errorCodes = [
  'invalid_input',
  'not_found',
  'conflict',
  'unsupported',
  'corrupt',
  'too_large',
  'cancelled',
  'unauthorized',
  'forbidden',
  'schema_too_new',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export type StudioError = { code: ErrorCode; message: string };

export type Result<T> = { ok: true; value: T } | { ok: false; error: StudioError };

export class StudioFailure extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'StudioFailure';
    this.code = code;
  }
}

export function isStudioError(value: unknown): value is StudioError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.message === 'string' && (errorCodes as readonly unknown[]).includes(v.code);
}

export const httpStatusFor: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported: 415,
  corrupt: 422,
  cancelled: 499,
  schema_too_new: 409,
  internal: 500,
};
