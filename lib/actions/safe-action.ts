// The one way server actions run: session and permission first, then zod, then the domain call.
// Known domain errors become messages; anything else is logged and shown as a generic failure.
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { isAppError, type AppErrorCode } from "../app-error";
import type { AuditActor } from "../audit/write-audit-log";
import type { Permission } from "../auth/permissions";
import { requireActionPermission } from "../auth/session";
import type { StaffUserSession } from "../auth/staff";

export type FieldErrors = Record<string, string[] | undefined>;
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: string; code?: AppErrorCode; fieldErrors?: FieldErrors };

export type ActionContext<I> = { user: StaffUserSession; actor: AuditActor; input: I };

/** Form fields as a plain object, without Next's own `$ACTION_*` entries. Files are dropped. */
export function formDataToObject(formData: FormData): Record<string, string> {
  const object: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    object[key] = value;
  }
  return object;
}

export function actorOf(user: StaffUserSession): AuditActor {
  return { id: user.id, label: user.email };
}

export async function runAction<S extends z.ZodType, T>(
  options: { permission: Permission; schema: S; input: unknown },
  handler: (context: ActionContext<z.output<S>>) => Promise<T>,
): Promise<ActionResult<T>> {
  // Throws Next's 401/403 interrupts, which must reach the framework untouched.
  const user = await requireActionPermission(options.permission);
  const parsed = options.schema.safeParse(options.input);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "form");
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return { ok: false, error: "Please correct the highlighted fields.", code: "INVALID", fieldErrors };
  }
  try {
    const data = await handler({ user, actor: actorOf(user), input: parsed.data });
    return { ok: true, data };
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error)) return { ok: false, error: error.message, code: error.code, fieldErrors: error.fieldErrors };
    console.error("Server action failed", error);
    return { ok: false, error: "Something went wrong and nothing was saved. Please try again." };
  }
}
