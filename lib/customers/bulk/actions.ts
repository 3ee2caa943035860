"use server";
// The bulk action of the customers list: a public endpoint. Session and permission first (edit
// customers; archiving also needs the archive permission), then zod, then one transaction.
import { revalidatePath } from "next/cache";
import { forbidden } from "next/navigation";
import { runAction, type ActionResult } from "../../actions/safe-action";
import { can } from "../../auth/permissions";
import { bulkChangeCustomers } from "./mutations";
import { bulkActionSchema, type BulkActionResult } from "./schema";

export async function bulkChangeCustomersAction(input: unknown): Promise<ActionResult<BulkActionResult>> {
  const result = await runAction({ permission: "customers.write", schema: bulkActionSchema, input }, async ({ user, actor, input }) => {
    // A 403, as for the edit permission (runAction rethrows Next's interrupts).
    if (input.change.kind === "archive" && !can(user, "customers.archive")) forbidden();
    return bulkChangeCustomers(actor, input.target, input.change);
  });
  // The list and every customer page show status, manager and archived state.
  if (result.ok && result.data.changed > 0) revalidatePath("/customers", "layout");
  return result;
}
