// POST /api/v1/customers/bulk: up to 1,000 customers, one result per item.
import { apiHandler } from "@/lib/api/handler";
import { bulkCreateCustomers } from "@/lib/api/bulk-create";
import { readJsonBody } from "@/lib/api/request-body";

export const POST = apiHandler("write", async ({ request, principal }) => {
  return Response.json(await bulkCreateCustomers(principal.actor, await readJsonBody(request)));
});
