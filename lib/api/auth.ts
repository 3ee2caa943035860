// Who is calling the API: a bearer token, checked on every request, with its scope.
import type { AuditActor } from "../audit/write-audit-log";
import { findActiveApiToken, touchApiToken, type ActiveApiToken } from "../api-tokens/queries";
import { ApiError } from "./errors";

export type ApiAccess = "read" | "write";
export type ApiPrincipal = { token: ActiveApiToken; actor: AuditActor };

/** Audit rows name the token, not the admin who created it: the token acted, and it may outlive
 * its creator's role. */
export function apiTokenActor(token: Pick<ActiveApiToken, "id" | "name">): AuditActor {
  return { id: null, label: `api-token:${token.name}#${token.id}` };
}

function bearerTokenOf(request: Request): string | null {
  const header = request.headers.get("authorization");
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match ? match[1] : null;
}

/** 401 for a missing, unknown or revoked token; 403 for a read token asking to write. */
export async function authenticateApiRequest(request: Request, access: ApiAccess, now = new Date()): Promise<ApiPrincipal> {
  const bearer = bearerTokenOf(request);
  if (!bearer) throw new ApiError(401, "unauthorized", "Send an API token as 'Authorization: Bearer <token>'.");
  const token = await findActiveApiToken(bearer);
  if (!token) throw new ApiError(401, "unauthorized", "The API token is invalid or has been revoked.");
  await touchApiToken(token, now);
  if (access === "write" && token.scope !== "read_write") {
    throw new ApiError(403, "forbidden", "This API token may only read; writing needs a read-write token.");
  }
  return { token, actor: apiTokenActor(token) };
}
