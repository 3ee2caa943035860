// The errors the domain raises on purpose; anything else is a bug and is logged, not shown.
export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "UNAUTHORIZED" | "CONFLICT" | "INVALID" | "TOO_LARGE";

/** The HTTP status of each code: every route handler answers with it (lib/http/error-response.ts,
 * lib/api/errors.ts). */
export const APP_ERROR_STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHORIZED: 401,
  CONFLICT: 409,
  INVALID: 400,
  TOO_LARGE: 413,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
