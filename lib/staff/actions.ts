"use server";
// Staff account server actions: admins only (staff.manage), each through runAction.
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { formDataToObject, runAction, type ActionResult } from "../actions/safe-action";
import { requestOrigin } from "../http/request-origin";
import { changeStaffRole, createStaffUser, deactivateStaffUser, resetStaffPassword } from "./mutations";
import { staffCreateSchema, staffIdSchema, staffRoleSchema } from "./schema";

const PAGE_PATH = "/settings/staff";

/** The one-time password or invitation link is returned here once and never stored in clear. */
export type CreateStaffState =
  | (ActionResult<{ id: number; email: string; oneTimePassword?: string; invitationUrl?: string }> & { values?: Record<string, string> })
  | null;

export async function createStaffAction(_previous: CreateStaffState, formData: FormData): Promise<CreateStaffState> {
  const values = formDataToObject(formData);
  const result = await runAction({ permission: "staff.manage", schema: staffCreateSchema, input: values }, async ({ actor, input }) => {
    const created = await createStaffUser(actor, input);
    // The link names the host the admin opened, so it works wherever the console is served.
    const invitationUrl = created.invitationToken ? `${requestOrigin(await headers())}/invitation/${created.invitationToken}` : undefined;
    return { id: created.id, email: created.email, oneTimePassword: created.oneTimePassword, invitationUrl };
  });
  if (result.ok) revalidatePath(PAGE_PATH);
  return result.ok ? result : { ...result, values };
}

export type StaffRowState = ActionResult<{ oneTimePassword?: string }> | null;

export async function changeStaffRoleAction(_previous: StaffRowState, formData: FormData): Promise<StaffRowState> {
  const result = await runAction({ permission: "staff.manage", schema: staffRoleSchema, input: formDataToObject(formData) }, async ({ actor, input }) => {
    await changeStaffRole(actor, input.id, input.role);
    return {};
  });
  if (result.ok) revalidatePath(PAGE_PATH);
  return result;
}

export async function deactivateStaffAction(_previous: StaffRowState, formData: FormData): Promise<StaffRowState> {
  const result = await runAction({ permission: "staff.manage", schema: staffIdSchema, input: formDataToObject(formData) }, async ({ actor, input }) => {
    await deactivateStaffUser(actor, input.id);
    return {};
  });
  if (result.ok) revalidatePath(PAGE_PATH);
  return result;
}

export async function resetStaffPasswordAction(_previous: StaffRowState, formData: FormData): Promise<StaffRowState> {
  const result = await runAction({ permission: "staff.manage", schema: staffIdSchema, input: formDataToObject(formData) }, async ({ actor, input }) => {
    return resetStaffPassword(actor, input.id);
  });
  if (result.ok) revalidatePath(PAGE_PATH);
  return result;
}
