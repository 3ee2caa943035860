// Optimistic concurrency of the REST API (decision 029): a customer's ETag is its version
// (`"7"`, strong), sent back in If-Match on PATCH. Missing: 428; not one entity tag of this form:
// 400; another version than the stored one: 412 with who changed it and what.
import { isStaleVersionError } from "../versions/stale-version";
import { ApiError } from "./errors";

export function etagOf(version: number): string {
  return `"${version}"`;
}

const ENTITY_TAG = /^"([1-9][0-9]{0,9})"$/;

/** The version a request's If-Match names. `required`: a missing header is refused (428). */
export function parseIfMatch(request: Request, required: true): number;
export function parseIfMatch(request: Request, required: false): number | undefined;
export function parseIfMatch(request: Request, required: boolean): number | undefined {
  const header = request.headers.get("if-match");
  if (header === null) {
    if (!required) return undefined;
    throw new ApiError(428, "precondition_required", "Send If-Match with the ETag of your last GET of this customer, so a change made since is never overwritten.");
  }
  const match = ENTITY_TAG.exec(header.trim());
  if (!match || Number(match[1]) > 2_147_483_647) {
    throw new ApiError(400, "invalid_request", 'If-Match must be one ETag as GET returned it, such as "3" (not *, a weak W/ tag or a list).', {
      "If-Match": ["Send the ETag header of your last GET of this customer"],
    });
  }
  return Number(match[1]);
}

/** A write refused for a stale version, as the API's 412. */
export function preconditionFailed(error: unknown): unknown {
  if (!isStaleVersionError(error)) return error;
  const { by, at, changes } = error.conflict;
  const fields = changes.map((change) => change.field);
  return new ApiError(
    412,
    "precondition_failed",
    `Changed by ${by} at ${at}${fields.length ? ` (${fields.join(", ")})` : ""}. GET the customer again and re-apply your change.`,
  );
}
