// GET /api/v1/customers/{id} (one customer, its version as ETag) and PATCH (update the fields
// sent; If-Match with that ETag required, decision 029).
import { apiHandler } from "@/lib/api/handler";
import { getVersionedCustomerJsonOrThrow } from "@/lib/api/customer-json";
import { parseCustomerId, updateCustomerFromApi } from "@/lib/api/customer-writes";
import { etagOf, parseIfMatch } from "@/lib/api/if-match";
import { readJsonBody } from "@/lib/api/request-body";

export const GET = apiHandler<{ id: string }>("read", async ({ params }) => {
  const { json, version } = await getVersionedCustomerJsonOrThrow(parseCustomerId(params.id));
  return Response.json(json, { headers: { ETag: etagOf(version) } });
});

export const PATCH = apiHandler<{ id: string }>("write", async ({ request, principal, params }) => {
  const id = parseCustomerId(params.id);
  const version = parseIfMatch(request, true);
  const { json, version: next } = await updateCustomerFromApi(principal.actor, id, await readJsonBody(request), version);
  return Response.json(json, { headers: { ETag: etagOf(next) } });
});
