// The one error shape of the console's route handlers, the same as a failed server action's
// (lib/actions/safe-action.ts): `{ error, fieldErrors? }`, with the HTTP status of the AppError's
// code. The REST API keeps its versioned `{ error: { code, message } }` envelope (lib/api/errors.ts)
// and takes its statuses from the same table.
import { APP_ERROR_STATUS, AppError, isAppError, type AppErrorCode } from "../app-error";

export type ErrorBody = { error: string; fieldErrors?: Record<string, string[]> };

const UNEXPECTED = "Something went wrong and nothing was saved. Please try again.";

/** A thrown value as the error body and status; unknown errors are logged and not shown. */
export function errorBodyOf(error: unknown): { status: number; body: ErrorBody } {
  if (!isAppError(error)) {
    console.error("Request failed", error);
    return { status: 500, body: { error: UNEXPECTED } };
  }
  const body: ErrorBody = { error: error.message };
  if (error.fieldErrors) body.fieldErrors = error.fieldErrors;
  return { status: APP_ERROR_STATUS[error.code], body };
}

export function errorResponse(error: unknown): Response {
  const { status, body } = errorBodyOf(error);
  return Response.json(body, { status });
}

/** Shorthand for a refusal the handler decides itself. */
export function refuse(code: AppErrorCode, message: string): Response {
  return errorResponse(new AppError(code, message));
}
