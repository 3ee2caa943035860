// GET /api/v1/customers/{id} (one customer) and PATCH (update the fields sent).
import { apiHandler } from "@/lib/api/handler";
import { getCustomerJsonOrThrow } from "@/lib/api/customer-json";
import { parseCustomerId, updateCustomerFromApi } from "@/lib/api/customer-writes";
import { readJsonBody } from "@/lib/api/request-body";

export const GET = apiHandler<{ id: string }>("read", async ({ params }) => {
  return Response.json(await getCustomerJsonOrThrow(parseCustomerId(params.id)));
});

export const PATCH = apiHandler<{ id: string }>("write", async ({ request, principal, params }) => {
  const id = parseCustomerId(params.id);
  return Response.json(await updateCustomerFromApi(principal.actor, id, await readJsonBody(request)));
});
