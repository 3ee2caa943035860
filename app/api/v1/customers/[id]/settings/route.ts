// GET /api/v1/customers/{id}/settings: read-only.
import { apiHandler } from "@/lib/api/handler";
import { getCustomerSettingsJson } from "@/lib/api/customer-records";
import { parseCustomerId } from "@/lib/api/customer-writes";

export const GET = apiHandler<{ id: string }>("read", async ({ params }) => Response.json(await getCustomerSettingsJson(parseCustomerId(params.id))));
