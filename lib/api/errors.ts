// The REST API's error contract: `{ error: { code, message, fieldErrors? } }` with an HTTP status.
import type { z } from "zod";
import { APP_ERROR_STATUS, isAppError, type AppErrorCode } from "../app-error";

export const API_ERROR_CODES = [
  "unauthorized",
  "forbidden",
  "invalid_json",
  "invalid_request",
  "not_found",
  "conflict",
  "precondition_failed",
  "precondition_required",
  "payload_too_large",
  "internal_error",
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export type FieldErrors = Record<string, string[]>;
export type ApiErrorBody = { error: { code: ApiErrorCode; message: string; fieldErrors?: FieldErrors } };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Zod issues as `{ "field.path": [messages] }`; an issue on the whole value is under `rootKey`. */
export function fieldErrorsOf(error: z.ZodError, rootKey = "body"): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : rootKey;
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

export function invalidRequest(error: z.ZodError, message = "The request has invalid fields."): ApiError {
  return new ApiError(400, "invalid_request", message, fieldErrorsOf(error));
}

// The API's versioned contract names its codes in snake case; the status is the AppError's own.
const API_CODES: Record<AppErrorCode, ApiErrorCode> = {
  NOT_FOUND: "not_found",
  FORBIDDEN: "forbidden",
  UNAUTHORIZED: "unauthorized",
  CONFLICT: "conflict",
  INVALID: "invalid_request",
  TOO_LARGE: "payload_too_large",
};

/** Any thrown value as an API error; unknown errors are logged and answered without details. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isAppError(error)) {
    return new ApiError(APP_ERROR_STATUS[error.code], API_CODES[error.code], error.message, error.fieldErrors);
  }
  console.error("API request failed", error);
  return new ApiError(500, "internal_error", "Something went wrong and nothing was saved. Please try again.");
}

export function errorResponse(error: unknown): Response {
  const apiError = toApiError(error);
  const body: ApiErrorBody = { error: { code: apiError.code, message: apiError.message } };
  if (apiError.fieldErrors) body.error.fieldErrors = apiError.fieldErrors;
  const headers: Record<string, string> = {};
  // RFC 6750: a 401 names the scheme the client should use.
  if (apiError.status === 401) headers["WWW-Authenticate"] = 'Bearer realm="api"';
  return Response.json(body, { status: apiError.status, headers });
}
