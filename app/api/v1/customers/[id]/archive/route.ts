// POST /api/v1/customers/{id}/archive: archives (never deletes) a customer.
import { apiHandler } from "@/lib/api/handler";
import { archiveCustomerFromApi, parseCustomerId } from "@/lib/api/customer-writes";

export const POST = apiHandler<{ id: string }>("write", async ({ principal, params }) => {
  return Response.json(await archiveCustomerFromApi(principal.actor, parseCustomerId(params.id)));
});
