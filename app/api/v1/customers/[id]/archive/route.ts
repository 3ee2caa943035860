// POST /api/v1/customers/{id}/archive: archives (never deletes) a customer. If-Match optional:
// when sent, a newer version refuses the archive (412, decision 029).
import { apiHandler } from "@/lib/api/handler";
import { archiveCustomerFromApi, parseCustomerId } from "@/lib/api/customer-writes";
import { etagOf, parseIfMatch } from "@/lib/api/if-match";

export const POST = apiHandler<{ id: string }>("write", async ({ request, principal, params }) => {
  const id = parseCustomerId(params.id);
  const { json, version } = await archiveCustomerFromApi(principal.actor, id, parseIfMatch(request, false));
  return Response.json(json, { headers: { ETag: etagOf(version) } });
});
