/**
 * Typed errors with stable codes. Use-cases throw these; lib/http/respond.ts
 * maps each code to one HTTP status and a localized message (messages/*.json,
 * namespace "Errors"). Anything else thrown is an unknown error: logged, and
 * answered with a generic 500.
 */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  gone: 410,
  conflict: 409,
  invalid_transition: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  /** Submit or approve with QA errors no dismissal covers, and no override reason. */
  qa_open_errors: 422,
  rate_limited: 429,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** One problem with one field of the input; `code` picks the localized message. */
export type FieldIssue = {
  path: string;
  code: string;
  message: string;
  /** Values for the localized message template, e.g. { max: 200 }. */
  params?: Record<string, string | number>;
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  /** Extra fields for the response body (e.g. the conflicting revision). */
  readonly details: Record<string, unknown>;
  /** Values for the localized message template. */
  readonly params: Record<string, string | number>;

  constructor(
    code: ErrorCode,
    message: string,
    options: {
      issues?: FieldIssue[];
      details?: Record<string, unknown>;
      params?: Record<string, string | number>;
    } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.issues = options.issues ?? [];
    this.details = options.details ?? {};
    this.params = options.params ?? {};
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
